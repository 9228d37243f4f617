"""Markdown read as plain text: markup dropped, offsets of the words that stay unchanged where possible."""

from __future__ import annotations

import re

# Markdown, lightly: each pattern is bounded so that a 2 MB line costs linear time.
_MD_FENCE = re.compile(r"^[ ]{0,3}(?:```|~~~).*$", re.M)


_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)


_MD_QUOTE = re.compile(r"^[ ]{0,3}>[ ]?", re.M)


_MD_RULE = re.compile(r"^[ ]{0,3}(?:[-*_][ \t]*){3,}$", re.M)


_MD_LINK_DEF = re.compile(r"^[ ]{0,3}\[[^\[\]\n]{1,200}\]:[ \t]+\S.*$", re.M)


# Link text holds no bracket and a target no space (one level of parentheses
# allowed, as in Wikipedia addresses): every scan stops at the next bracket.
_MD_IMAGE_OR_LINK = re.compile(
    r"!?\[([^\[\]\n]{0,500})\]\(\s*<?(?:[^\s()<>]|\([^\s()]{0,200}\))*>?(?:\s+\"[^\"\n]{0,200}\")?\s*\)"
)


_MD_REF_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,200}\]")


_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>")


_MD_CODE = re.compile(r"`([^`\n]{1,500})`")


_MD_STRONG = re.compile(
    r"\*\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*])\*\*"
    r"|(?<!\w)__(?=[^\s_])([^_\n]{1,500}?)(?<=[^\s_])__(?!\w)"
)


_MD_EM_STAR = re.compile(r"\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*])\*")


_MD_EM_UNDERSCORE = re.compile(r"(?<!\w)_(?=[^\s_])([^_\n]{1,500}?)(?<=[^\s_])_(?!\w)")


_MD_STRIKE = re.compile(r"~~(?=\S)([^~\n]{1,500}?)(?<=\S)~~")


def _strip_markdown(text: str) -> str:
    """Return markdown as prose: markers dropped, link and image text kept."""
    text = _MD_FENCE.sub("", text)
    text = _MD_LINK_DEF.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_IMAGE_OR_LINK.sub(r"\1", text)
    text = _MD_REF_LINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_STRIKE.sub(r"\1", text)
    # Strong, then emphasis, then strong again: "**a *b* c**" loses its inner
    # markers first, so that the outer ones match.
    text = _MD_STRONG.sub(_strong_content, text)
    text = _MD_EM_STAR.sub(r"\1", text)
    text = _MD_EM_UNDERSCORE.sub(r"\1", text)
    text = _MD_STRONG.sub(_strong_content, text)
    return re.sub(r"\n{3,}", "\n\n", text)


def _strong_content(match: re.Match[str]) -> str:
    """Return the text inside a ``**strong**`` or ``__strong__`` match."""
    return match.group(1) if match.group(1) is not None else match.group(2)
