"""How a text speaks of a name its headline gives when no pattern calls it a title: as a work
one watches or whose site and episodes there are ("watching Kowloon Generic Romance", "the
Persona 5 official website", "the Persona 5 TV special anime"). A name used so, named twice,
is the headline's title; a company, a studio, a platform or a person is not spoken of so
("Funimation recently confirmed", "studio 8-Bit", "Science SARU production studio").
"""

from __future__ import annotations

import re

# What follows a work's name: its site, its kind of work, its episodes; or what precedes it:
# watching it.
_AFTER = (r"(?:'s)? (?:(?:official|TV|television|special|new) )*"
          r"(?:official website|website|anime|series|film|movie|episodes?|OVA)\b")
_BEFORE = r"\b(?:watching|watch|binge|binging|rewatching) "


def spoken_of_as_work(group: tuple[str, ...], body: str) -> bool:
    """Whether the text says a name of the group is a work's, once or more (see above)."""
    return any(re.search(rf"{_BEFORE}{re.escape(n)}(?!\w)|(?<![\w\-]){re.escape(n)}{_AFTER}", body)
               for n in group if n in body)  # both need the name: no pattern compiled without it
