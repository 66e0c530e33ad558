"""Configuration: defaults, overridden by QUIZ_* environment variables, then by test_config."""

from __future__ import annotations

import os
from pathlib import Path

# The checkout holding templates/, static/ and questions/ beside the package.
PROJECT_ROOT = Path(__file__).resolve().parent.parent

# environment variable -> Flask config key
ENVIRONMENT = {
    "QUIZ_SECRET_KEY": "SECRET_KEY",
    "QUIZ_DATABASE_URL": "SQLALCHEMY_DATABASE_URI",
    "QUIZ_QUESTIONS_DIR": "QUESTIONS_DIR",
    "QUIZ_ENV": "QUIZ_ENV",
    "QUIZ_REDIS_URL": "REDIS_URL",
}


def defaults(instance_path: str) -> dict:
    return {
        "SECRET_KEY": "dev",
        "QUIZ_ENV": "development",
        "SQLALCHEMY_DATABASE_URI": "sqlite:///" + os.path.join(instance_path, "quiz.sqlite"),
        "QUESTIONS_DIR": str(PROJECT_ROOT / "questions"),
        "REDIS_URL": None,
        "MAX_CONTENT_LENGTH": 64 * 1024,  # forms are tiny; anything bigger is refused with 413
        "ROUND_SIZE": 10,
    }


def from_environment(environ: os._Environ | dict = os.environ) -> dict:
    return {key: environ[name] for name, key in ENVIRONMENT.items() if environ.get(name)}
