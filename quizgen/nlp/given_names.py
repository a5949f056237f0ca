"""First names whose sex is clear in German and British news: the last fallback of
`coref.gender` when the article shows no pronoun, title or role ('Alan Hutchings ... "People
have been so kind," she said': she is not Alan, blind review 131 en_honesty_box).

Names used for either sex here (Alex, Sam, Chris, Kim, Robin, Jo, Charlie, Toni, Eike, Maxi,
Jean, Andrea, Nicola, Luca, Sascha, Kai, Ashley, Jamie, Morgan, ...) are left out on purpose."""

from __future__ import annotations

FEMALE = frozenset("""
    abigail ada adele adelheid agnes aisha alexandra alice alicia alina alison amanda amelia amy
    anette angela angelika anika anja anke ann anna annabel anne annegret annette anni
    annika antje antonia astrid barbara beate beatrix bettina bianca birgit birte brigitte britta
    bärbel carina carla carmen carol carola caroline catherine cecilia charlotte chiara chloe
    christa christiane christina christine claire clara claudia cornelia dagmar daniela deborah
    denise diana doris dorothea dorothee edith elaine eleanor elena elfriede elisabeth elise
    eliza elizabeth ella ellen elke ellie elsa emilia emily emma erika eva evelyn fatima felicity
    fiona franziska frauke frederike freya friederike gabriele gabi gemma georgia gerda gertrud
    gesa gisela grace gudrun gwen hannah hanna hannelore harriet hazel heather heide heidi heike
    helen helena helene helga henrike hilde hildegard holly ilse imke ina ines inga inge ingrid
    irene iris irma isabel isabella isabelle ivy jacqueline jana jane janet janina janine jasmin
    jennifer jenny jessica joan joanna johanna josephine judith julia juliane julie justine karen
    karin karina katarina katharina kathrin katja katrin kate katherine kathleen katie kerstin
    kirsten klara laura lara lea leah lena leonie lilly lily linda lisa liz lorraine lotte louise
    lucy luisa lydia magdalena maike mandy manuela mareike margaret margarete margit
    maria mariam marie marion marlene martha martina mary maya megan melanie melissa mia michaela
    mila miriam molly monika nadia nadine nancy natalie natascha nicole nina nora olivia paula
    pauline penelope petra philippa phoebe pia polly priya rachel rebecca regina renate rhian
    ricarda rita rosa rose rosemary ruth sabine sabrina sally samantha sandra sara sarah
    saskia selina sharon sheila silke silvia simone sina sonja sophia sophie stefanie
    stephanie susan susanne svenja swantje tamara tanja tatjana teresa theresa tina ulla ulrike
    ursula ute valentina vanessa vera verena veronika victoria viktoria wiebke wilma yvonne
    zoe zoë
""".split())

MALE = frozenset("""
    aaron adam adrian ahmed alan albert alexander alfred ali alistair andreas andrew andy anton
    anthony arne arnold arthur axel barry bastian ben benedikt benjamin bernd bernhard bill
    bjorn björn boris brian bruno burkhard carl carsten charles christian christoph christopher
    claus clemens colin conrad craig daniel darren david dennis derek detlef dieter dietmar
    dirk dominik donald douglas duncan edward egon elias emil eric erich erik ernst
    eugen fabian felix ferdinand florian frank franz fred frederick friedrich fritz gareth gary
    gavin geoff geoffrey georg george gerald gerd gerhard gordon graham gregor guido gunnar
    günter günther hamza hannes hans harald harry hartmut heiko heinrich heinz helmut hendrik
    henning henry herbert hermann holger horst hubert hugh hugo ian ibrahim igor ingo jack jacob
    jake james jan jannik jason jens jeremy joachim jochen johann johannes john jonas jonathan
    jörg josef joseph julian jürgen justus kaan karl karsten keith kenneth kevin klaus knut
    konrad konstantin kurt lars leo leon leonard liam lorenz louis lothar luis lukas lutz malte
    manfred manuel marc marcel marco marcus mario mark markus martin mathias matthew matthias
    max maximilian mehmet michael mike moritz muhammad nathan neil nick nicholas niklas nils
    norbert ole oliver olaf oskar otto owen patrick paul peter philip philipp piotr rainer ralf
    ralph raymond reinhard reinhold rené richard robert roger roland rolf roman rudolf rupert
    rüdiger samuel sebastian siegfried simon stefan steffen stephen steve steven stuart sven
    theo theodor thomas thorsten tim timo tobias tom tony torsten udo ulf ulrich uwe victor
    viktor volker walter werner wilhelm william wolfgang yusuf
""".split())


def sex_of_first_name(name: str) -> str | None:
    """'f' or 'm' for a full name whose first word is a listed first name, else None."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower()
    return "f" if first in FEMALE else "m" if first in MALE else None
