"""Build-time layout: the checkout keeps templates/, static/ and questions/ at the top level,
and the wheel carries them inside the package (quiz/templates, ...), so an installed app finds
them beside its code. Everything else about the project is in pyproject.toml."""

from setuptools import find_namespace_packages, setup

BUNDLED = {"quiz.templates": "templates", "quiz.static": "static", "quiz.questions": "questions"}

setup(
    packages=[*find_namespace_packages(include=["quiz*"], exclude=["*__pycache__"]), *BUNDLED],
    package_dir=BUNDLED,
    package_data={
        "quiz": ["migrations/alembic.ini", "migrations/script.py.mako", "migrations/README"],
        "quiz.bank": ["industry.yaml"],  # the names the show finder knows for companies
        **{name: ["**/*"] for name in BUNDLED},
    },
)
