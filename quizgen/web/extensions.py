"""Flask extensions, created once and bound to each app in ``create_app``."""

from __future__ import annotations

from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_wtf.csrf import CSRFProtect

babel = Babel()
csrf = CSRFProtect()
migrate = Migrate()
login_manager = LoginManager()
login_manager.login_view = "auth.login"
# a session cookie replayed from another browser/address is dropped, not trusted
login_manager.session_protection = "strong"
# Memory storage by default; RATELIMIT_STORAGE_URI=redis://... shares counts between workers.
limiter = Limiter(key_func=get_remote_address)
