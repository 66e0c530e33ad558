"""The JSON API under /api/v1: routes, error responses, player tokens, JSON shapes and the
OpenAPI document that describes them."""

from quiz.web.api.routes import bp

__all__ = ["bp"]
