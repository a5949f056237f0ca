"""mediaB fixes of round 1 of the session of 2026-11-28 (blind reviews 61-63): evidence,
sources, discussion and statement items. Sentences invented."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def _analysis(text: str):
    return analyze(load_article(text))


def _media(text: str):
    from quizgen.generate import media
    return media.generate(_analysis(text))


BOOKS_DE = """Von Jana Roth | Montag, 4. Mai 2026, 10:15 Uhr

Falsche Schulbücher geliefert: Verlag und Landkreis streiten

Am Gymnasium Eschenau fehlen zum Schuljahresbeginn rund 400 Mathematikbücher. Geliefert wurde \
eine alte Auflage, die nicht mehr zum Lehrplan passt.

Schulleiterin Petra Vogel sagte, die Kinder müssten nun mit Kopien arbeiten. Der Landkreis \
verweist auf den Verlag in Kassel, der eine falsche Bestellliste benutzt haben soll. Dessen \
Vertriebsleiter Markus Heller widersprach: Man habe genau die Liste beliefert, die das Schulamt \
im Februar geschickt habe. „Wir haben alles richtig gemacht", sagte Heller dem Hessischen \
Rundfunk. Welche Version stimmt, lässt sich bisher nicht überprüfen, weil der Landkreis die \
Bestellung nicht veröffentlicht hat.

In einer Elterngruppe kursiert zudem die Behauptung, die Schule habe das Geld für andere Zwecke \
ausgegeben. Belege dafür gibt es nicht.

Die neuen Bücher sollen bis zum 20. Mai geliefert werden. Der Kreistag will den Fall im Juni \
beraten.
"""


def test_which_version_is_right_flags_a_dispute_not_the_last_speakers_claim():
    # blind review 63 de_briefwahl #18/#19: the printer's denial was called 'die unbelegte
    # Behauptung' ('Welche Version stimmt, lässt sich bisher nicht überprüfen'), beside the
    # rumour the article does say has no evidence
    a = _analysis(BOOKS_DE)
    flagged = [a.sentences[m.claim_sentence].text for m in a.markers if m.kind == "no_evidence"]
    assert not any("richtig gemacht" in t for t in flagged)
    assert any("kursiert" in t for t in flagged)
    texts = " ".join(q.prompt + " " + q.answer for q in _media(BOOKS_DE))
    assert "Behauptung von Markus Heller" not in texts
    assert "Markus Heller: „Wir haben alles richtig gemacht.“ Der Artikel merkt an" not in texts


BUS_DE = """Von Tim Haller | Dienstag, 12. Mai 2026, 09:00 Uhr

Buslinie 7 wird eingestellt: Dorf fühlt sich abgehängt

Die Buslinie 7 zwischen Oberau und Lindental fährt ab Juli nicht mehr. Das bayerische \
Verkehrsministerium hat entschieden, die Förderung für die Linie zu streichen, weil zuletzt nur \
noch 40 Fahrgäste am Tag gezählt wurden.

Bürgermeisterin Karin Wolf bedauert die Entscheidung. Man habe lange um die Linie gekämpft, \
sagte sie.

Der Seniorenbeirat behauptet außerdem, die Zählung sei im Sommer gemacht worden, als viele \
Menschen verreist waren. Nach einer eigenen Umfrage würden mehr als 120 Menschen den Bus \
regelmäßig nutzen. Überprüfen lässt sich diese Zahl nicht, denn der Beirat hat die Umfrage \
nicht veröffentlicht. Ein Sprecher des Ministeriums wies den Vorwurf zurück.

Der 71-jährige Walter K., der jeden Dienstag mit dem Bus zum Arzt fährt, ist verzweifelt. Ohne \
den Bus komme er nicht mehr in die Stadt, sagte er.

Jana Brück, 16, die in Lindental zur Schule geht, will nun mit dem Fahrrad fahren. Im Winter \
sei das gefährlich, sagte sie.

Der Kreistag berät am 3. Juni über einen Rufbus.
"""


def _voices_note(text: str) -> str:
    return next(q.answer for q in _media(text) if q.prompt.startswith(
        ("Der Artikel lässt", "The article lets")))


def test_a_spokesperson_of_the_ministry_hears_the_ministry_that_decided():
    # blind review 63 de_berufsschule #13: 'Das hessische Kultusministerium hat laut Artikel
    # entschieden ..., kommt aber selbst nicht zu Wort' beside 'Ein Sprecher des Ministeriums
    # wies den Vorwurf zurück'
    note = _voices_note(BUS_DE)
    assert "Verkehrsministerium" not in note
    assert "nicht zu Wort" not in note


def test_the_check_advice_names_the_flagged_claim_with_whose_own_survey():
    # blind review 63 en_basketball #14 (stock advice beside an unproven claim) and
    # de_berufsschule #12 ('Nach einer eigenen Umfrage ...' printed without whose)
    note = _voices_note(BUS_DE)
    assert "als unbelegt kennzeichnet („Der Seniorenbeirat behauptet außerdem" in note
    assert "unabhängige Fachleute oder Behörden befragen" not in note
    tf = [q.prompt for q in _media(BUS_DE) if q.type == "true_false" and q.skill == "evidence"]
    assert tf and all(p.startswith("„Der Seniorenbeirat behauptet außerdem") for p in tf
                      if "eigenen Umfrage" in p)


def test_voices_without_a_role_are_described_and_all_roles_given_one_way():
    # blind review 61 #9 (roles given unevenly, a person without a role), review 62
    # de_bahnhofsmission #15 ('Rainer T..'), review 63 de_berufsschule #13 ('Lea Schäfer.')
    note = _voices_note(BUS_DE)
    assert "Walter K., der jeden Dienstag mit dem Bus zum Arzt fährt;" in note
    assert "Jana Brück, die in Lindental zur Schule geht." in note
    assert "Karin Wolf, Bürgermeisterin;" in note
    assert ".." not in note.replace("…", "")


CHOIR_EN = """By Sam Porter | Tuesday 12 May 2026, 10:00 BST

Choir may leave Wexbury after church hall rent doubles

Wexbury Singers, the town's oldest community choir, say they may have to leave the town after \
the parish raised the rent for the church hall.

The choir's chair, Helen Marsh, said the new rent of £60 an evening was more than the members \
could pay. "We have sung here for forty years," she said.

Parish treasurer Colin Webb told BBC Radio Kent that the hall was losing money every month. "We \
cannot heat the building for nothing," he said.

It has been suggested by some parishioners that the rise is meant to clear the hall so that it \
can be sold to a developer. The parish has denied this, and no evidence has been produced to \
support the claim.

The Wexbury Music Trust, which funds local choirs, has claimed that similar rent rises \
elsewhere have closed three choirs. That claim has not been independently checked.

The parish council will discuss the rent on 20 May.
"""


def test_a_club_named_with_its_apposition_is_no_person_quoted():
    # blind review 63 en_basketball #14: 'Quoted are: Harford Hawks (the town's only National
    # League basketball team); ...'
    qs = _media(CHOIR_EN)
    assert "Wexbury Singers" not in _voices_note(CHOIR_EN)
    assert not any("Wexbury Singers" in q.options for q in qs if q.skill == "attribution")


def test_a_claim_without_a_sentence_form_is_no_label_with_a_colon():
    # blind review 62 en_ice_cream_vans #14: 'Ice Cream Alliance: Similar bans ...' / 'Why
    # might Ice Cream Alliance make this claim?'
    whys = [q.prompt for q in _media(CHOIR_EN) if "Why might" in q.prompt]
    assert whys
    assert all("Wexbury Music Trust:" not in p for p in whys)
    assert any(p.startswith("According to the Wexbury Music Trust, similar rent rises") and
               "Why might the Wexbury Music Trust make this claim?" in p for p in whys)


HALL_EN = """By Sam Porter | Tuesday 12 May 2026, 10:00 BST

Village hall car park to shrink for new houses

Up to 40 parking spaces at the Elmbridge village hall could go under plans for eight new homes.

Parish clerk Anne Doyle said the hall would keep a smaller car park of its own. "Nobody will be \
left without a space on a normal evening," she said.

According to the residents' group, fewer than 20 spaces would be left for the weekly market, \
although the parish has not confirmed those figures.

Some traders have claimed online that the plans are mainly a way of paying off the parish's \
debts, but they have offered no evidence for this.

The plans will be discussed on 3 June.
"""


def test_a_claim_flagged_in_its_own_sentence_gets_an_item_of_its_own():
    # blind review 61 en_pavement_parking: 'According to the association, fewer than 300
    # spaces would be left ..., although the council has not confirmed those figures' was
    # never asked
    tf = [q.prompt for q in _media(HALL_EN) if q.type == "true_false" and q.skill == "evidence"]
    assert any(p.startswith("“According to the residents' group, fewer than 20 spaces would be "
                            "left for the weekly market …”") for p in tf)


TRAM_DE = """Von Tim Haller | Dienstag, 12. Mai 2026, 09:00 Uhr

Neue Haltestelle am Markt

Die Straßenbahn soll ab Herbst am Markt halten. Der Stadtrat hat den Plan am Montag beschlossen.

Baudezernentin Eva Lorenz (SPD) kündigte an, sie werde dem Bauausschuss am 4. Juni einen \
Zeitplan vorlegen. Stadtrat Jörg Kübler sagte, die Haltestelle komme viel zu spät.

Ladenbesitzer Tobias Gerner sagte, er hoffe auf mehr Laufkundschaft.
"""


def test_an_attribution_question_with_her_pronoun_offers_no_man():
    # blind review 62 de_bahnhofsmission M3: 'Wer kündigte an, sie werde ...?' with a man among
    # the options
    for q in _media(TRAM_DE):
        if q.skill == "attribution" and "sie werde" in q.prompt:
            assert "Jörg Kübler" not in q.options and "Tobias Gerner" not in q.options


FAIR_DE = """Von Tim Haller | Freitag, 8. Mai 2026, 18:00 Uhr

Stadtrat stimmt knapp für das Stadtfest

Der Sitzungssaal war so voll, dass Besucher auf dem Flur stehen mussten. Mit 14 zu 13 Stimmen \
beschloss der Rat, sich für das Stadtfest 2028 zu bewerben.

Oberbürgermeisterin Anke Rieder sagte, das Fest bringe die Stadt voran. Stadtrat Uwe Kolb \
kritisierte die Kosten von rund zwei Millionen Euro. „Das ist Geld, das wir nicht haben",\
 sagte Kolb dem SWR.

Bäckermeister Paul Seidel hofft auf neue Kunden. Beim Fest in der Nachbarstadt seien mehr als \
50.000 Besucher gezählt worden, sagte er.
"""


def test_customers_hoped_for_and_the_audience_of_a_meeting_are_not_people_affected():
    # blind review 61 de_landesgartenschau #16: 'Betroffene (Kunden, Besucher) werden erwähnt'
    assert "Betroffene" not in _voices_note(FAIR_DE)


TRACK_EN = """By Sam Porter | Tuesday 12 May 2026, 10:00 BST

Go-kart track to close for new homes

The Ashby go-kart track will close at the end of the year. The owner of the site, Redfern Estates \
Ltd, has applied to build 60 homes there.

Club secretary Dan Pike said members were shocked. "We have raced here since 1990," he said.

In a statement, Redfern Estates said it respected the club's history. The company also claims \
that race days have prompted dozens of noise complaints over the past three years. The district \
council, however, said it had no record of such complaints, and the figure has not been \
independently confirmed.

Councillor Jane Holt said the council would help the club look for a new site.
"""


def test_a_firm_is_no_voice_and_the_figure_not_confirmed_points_back_to_its_claim():
    # blind review 56 en_speedway: 'Quoted are: Lee Varney; Hollins Land; ...' (Hollins Land
    # Ltd), and the flag '..., and the figure has not been independently confirmed' was taken
    # for one on the council's own sentence
    a = _analysis(TRACK_EN)
    flagged = [a.sentences[m.claim_sentence].text for m in a.markers if m.kind == "no_evidence"]
    assert flagged and all(t.startswith("The company also claims") for t in flagged)
    assert "Redfern Estates" not in _voices_note(TRACK_EN).split(".")[0]


COLLEGE_EN = """By Sam Porter | Tuesday 12 May 2026, 10:00 BST

College to drop Spanish A-levels

Marsh Lane College will stop teaching Spanish A-levels from September. Only four students chose \
the course this year.

Principal Karen Doyle said the college could no longer run such small classes. Parent Tom Hart \
said his daughter would now have to travel to Leeds. Spanish A-levels have been taught at the \
college since 1985.

Former teacher Ruth Ames said she was sad to see the course go.
"""


def test_a_course_is_no_person_who_said_it():
    # blind review 63 en_alevel_languages: 'French A-levels' among who said it
    from quizgen.generate.media_claims import _speaker_pool
    from quizgen.generate.media_text import claims
    a = _analysis(COLLEGE_EN)
    assert "Spanish A-levels" not in _speaker_pool(a, claims(a))


NEST_DE = """Von Tim Haller | Dienstag, 12. Mai 2026, 09:00 Uhr

Uhus verzögern Abriss der alten Mühle

Der Abriss der alten Mühle in Hagenbach muss warten: Im Dach brütet ein Uhupaar. Die \\
Naturschutzbehörde hat die Arbeiten bis Ende Juli gestoppt.

Bauunternehmer Peter Sander ist verärgert. Die Nisthilfe sei erst im Winter gezielt angebracht \\
worden, um den Abriss zu verhindern, behauptete Sander. Belege dafür legte er nicht vor, der \\
Naturschutzverein weist den Vorwurf zurück.

Behördenleiterin Anna Kurz sagte, vor August werde man keinen Abriss erlauben.
"""


def test_a_german_reported_claim_is_said_not_labelled_with_a_colon():
    # the German form of blind review 62 en_ice_cream_vans #14 ('Marco Tillmann: Der
    # Nistkasten sei ...' in blind 59 de_wanderfalken)
    whys = [q.prompt for q in _media(NEST_DE) if "Warum könnte" in q.prompt]
    assert whys and not any(p.startswith("Peter Sander:") for p in whys)
    assert any(p.startswith("Peter Sander sagt laut Artikel, die Nisthilfe sei erst im Winter")
               for p in whys)
