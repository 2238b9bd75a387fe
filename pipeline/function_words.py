"""Function words of English and French that several stages read (folded:
no accents, "a" for « à », "apres" for « après »): prepositions and
determiners. A general fact of the two languages, not of any corpus.
"""

from __future__ import annotations

# Words right before a name that put it in object or adverbial position.
PREPOSITIONS: frozenset[str] = frozenset(
    """in on at to with from by for of about into after before during than as over against toward
    towards between among via through across near like including alongside concerning regarding
    dans a au aux avec pour par sur en chez de du des d contre entre vers apres avant pendant
    comme envers selon concernant
    unlike despite amid amidst without within under beside besides beyond throughout upon except
    sans sous malgre parmi derriere devant aupres outre hormis sauf""".split()
)
DETERMINERS: frozenset[str] = frozenset("the a an le la les l un une his her its their son sa ses leur".split())
