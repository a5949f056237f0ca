"""The JSON API against its OpenAPI description: the description is valid, and schemathesis
finds no input that makes any operation answer 5xx or break its documented status codes.

The fuzzing runs in-process through the app's WSGI interface (no server, no network), signed in
as a teacher who has also joined one of their own quizzes as a student, so the generated
requests reach the code behind the login and the join. Bounded to MAX_EXAMPLES per operation
and per generation mode (valid and invalid data): about a minute on two cores.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import TeacherActions

schemathesis = pytest.importorskip("schemathesis")
openapi_spec_validator = pytest.importorskip("openapi_spec_validator")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

SPEC = Path(__file__).resolve().parent.parent / "quizgen" / "web" / "static" / "openapi.json"
MAX_EXAMPLES = int(os.environ.get("QUIZGEN_FUZZ_EXAMPLES", "50"))
USER_AGENT = "quizgen-fuzz"
# figures for docs/security.md: cases per operation, and the status codes seen
SEEN: dict[str, dict[int, int]] = {}


def test_spec_is_valid_openapi(client):
    from openapi_spec_validator import validate

    served = client.get("/api/openapi.json")
    assert served.status_code == 200 and served.mimetype == "application/json"
    spec = served.get_json()
    validate(spec)
    assert spec == json.loads(SPEC.read_text(encoding="utf-8"))


def test_spec_names_every_api_route(app):
    """Each /api/ rule of the app is described, with the same methods, and nothing more."""
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    described = {(path, method.upper()) for path, item in spec["paths"].items()
                 for method in item}
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = rule.rule.replace("<int:", "<").replace("<", "{").replace(">", "}")
            routes |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert described == routes


@pytest.fixture
def fuzz_app(app):
    """A teacher with a published quiz who has joined it: cookie and user agent on every call."""
    c = app.test_client()
    c.environ_base["HTTP_USER_AGENT"] = USER_AGENT
    t = TeacherActions(c)
    t.signup()
    set_id = t.create_set()
    quiz_id, code = t.publish(set_id)
    assert c.post("/join", data={"code": code, "nickname": "Fuzz"}).status_code == 302
    cookie = c.get_cookie("session").value
    inner = app.wsgi_app

    def with_session(environ, start_response):
        environ["HTTP_COOKIE"] = f"session={cookie}"
        environ["HTTP_USER_AGENT"] = USER_AGENT
        return inner(environ, start_response)

    app.wsgi_app = with_session
    app.config["QUIZGEN_FUZZ_IDS"] = {"quiz_id": quiz_id, "set_id": set_id, "code": code}
    yield app
    app.wsgi_app = inner


def _operations(app):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def fuzz(op, mode: GenerationMode, ids: dict, seen: dict[int, int]) -> None:
    """Run MAX_EXAMPLES generated requests against one operation; raises on the first failure."""
    checks = [not_a_server_error]
    if mode is GenerationMode.POSITIVE:  # valid input must also get a documented answer
        checks += [status_code_conformance, response_schema_conformance]

    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=op.as_strategy(generation_mode=mode), real=st.booleans(), n=st.integers(0, 9))
    def run(case, real, n):
        # half of the cases aim at the real quiz/set and its questions, so that the code
        # behind the owner and join checks is reached, not only the 404 for unknown ids
        if real and case.path_parameters:
            for name in case.path_parameters:
                if name in ids:
                    case.path_parameters[name] = ids[name]
                elif name == "n":
                    case.path_parameters[name] = n
        response = case.call()
        seen[response.status_code] = seen.get(response.status_code, 0) + 1
        case.validate_response(response, checks=checks)

    run()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                         ids=["valid", "invalid"])
def test_no_server_error_for_any_input(fuzz_app, mode):
    ids = fuzz_app.config["QUIZGEN_FUZZ_IDS"]
    failures = []
    for op in _operations(fuzz_app):
        seen = SEEN.setdefault(f"{op.label} [{mode.value}]", {})
        try:
            fuzz(op, mode, ids, seen)
        except Exception as err:  # collect all operations' failures, then report them together
            failures.append(f"{op.label}: {err}")
    print(json.dumps(SEEN, indent=1, sort_keys=True))
    assert not failures, "\n\n".join(failures)
