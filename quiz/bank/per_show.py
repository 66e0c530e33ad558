"""Each show's own fact base, so that articles about one show never change the questions
about another.

The articles are grouped by the show they are about, and each group is read on its own:
its names, its facts, its wrong choices and false statements, its explanations and the
bank's shares are all a function of that show's articles and aliases.yaml. Adding an
article about another show then adds questions about that show and changes nothing else:
no borrowed name among the choices, no other spelling of a name turned canonical, no new
neighbour in an explanation, no cap that tips because the bank grew.
"""

from __future__ import annotations

from collections import defaultdict

from quiz.bank.entities import Entities


def show_groups(named: dict[str, tuple[str, list[str]]], aliases: dict) -> dict[str, list[str]]:
    """Show -> the ids of the articles about it. Each article's show is found from that
    article alone (`named`: find_show of each); spellings of one show (aliases.yaml, near
    spellings) are one group."""
    entities = Entities(aliases)
    for show, others in named.values():
        for name in filter(None, (show, *others)):
            entities.add("show", name)
    entities.build()
    groups: dict[str, list[str]] = defaultdict(list)
    for sid, (show, _) in named.items():
        # an article whose show is not sure is a group of its own, not one with the others
        groups[entities.canonical("show", show) if show else f"(article {sid})"].append(sid)
    return dict(sorted(groups.items()))
