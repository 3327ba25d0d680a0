"""Ways to reach someone as vCard writes them: EMAIL, TEL, URL, IMPP, social profiles, IM names.

Reading turns each into a :class:`ContactMethodData` of one of the journal's
kinds, normalised by :func:`store.contacts.normalise_contact`; a value it
refuses is kept as a website or as "other", never dropped.  Writing is the
inverse, so a written card reads back to the same methods:

- email → EMAIL, phone → TEL, website/LinkedIn/X/Instagram → URL (recognised
  again by the address), WhatsApp → TEL labelled "WhatsApp";
- other → ``IMPP;X-SERVICE-TYPE=<label>:<scheme>:<value>`` (Apple's form;
  ``x-apple:`` when the service has no scheme of its own).

A label is a TYPE list ("work, fax") when every word is a TYPE the property
knows, else Apple's ``itemN.X-ABLabel`` beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from networkjournal.interop.vcard_syntax import ContentLine, escape, quote_param, unescape
from networkjournal.store.contacts import normalise_contact
from networkjournal.store.errors import ValidationError
from networkjournal.store.people import ContactMethodData

# Types that say nothing a person needs to see: the default, or transport details.
_NOISE_TYPES = {"pref", "internet", "voice", "x400", "msg", "dom", "intl", "postal", "parcel"}
_TYPES_BY_PROPERTY = {
    "EMAIL": {"home", "work", "other"},
    "TEL": {"home", "work", "cell", "fax", "pager", "text", "video", "textphone", "main", "other"},
    "URL": {"home", "work"},
}
# X- properties older exporters use for instant messaging: their label and URI scheme.
IM_PROPERTIES = {
    "X-AIM": ("AIM", "aim"),
    "X-ICQ": ("ICQ", "icq"),
    "X-JABBER": ("Jabber", "xmpp"),
    "X-GTALK": ("Google Talk", "xmpp"),
    "X-GOOGLE-TALK": ("Google Talk", "xmpp"),
    "X-YAHOO": ("Yahoo", "ymsgr"),
    "X-MSN": ("MSN", "msnim"),
    "X-SKYPE": ("Skype", "skype"),
    "X-SKYPE-USERNAME": ("Skype", "skype"),
    "X-QQ": ("QQ", "x-apple"),
    "X-GADUGADU": ("Gadu-Gadu", "x-apple"),
    "X-MS-IMADDRESS": ("IM", "x-apple"),
}
_SOCIAL_PROPERTIES = {"X-TWITTER": "x", "X-INSTAGRAM": "instagram", "X-LINKEDIN": "linkedin"}
_SCHEME_LABELS = {
    "xmpp": "Jabber",
    "sip": "SIP",
    "skype": "Skype",
    "aim": "AIM",
    "icq": "ICQ",
    "ymsgr": "Yahoo",
    "msnim": "MSN",
    "irc": "IRC",
}
_LABEL_SCHEMES = {label.lower(): scheme for label, scheme in IM_PROPERTIES.values()}
_LABEL_SCHEMES.update({label.lower(): scheme for scheme, label in _SCHEME_LABELS.items()})
_LABEL_SCHEMES["xmpp"] = "xmpp"
_SERVICE_KINDS = {"twitter": "x", "x": "x", "instagram": "instagram", "linkedin": "linkedin"}
_SOCIAL_HOSTS = {
    "linkedin.com": "linkedin",
    "x.com": "x",
    "twitter.com": "x",
    "instagram.com": "instagram",
}
_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]{0,20}://)?([^/?#:@\s]{1,255})", re.IGNORECASE)
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]{0,30}):", re.IGNORECASE)
_HTTP = re.compile(r"https?://", re.IGNORECASE)
_WEB = {"", "http", "https"}
_WHATSAPP = re.compile(r"whatsapp(?:\s*\((.*)\))?", re.IGNORECASE | re.DOTALL)
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_", re.DOTALL)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

METHOD_PROPERTIES = frozenset(
    {"EMAIL", "TEL", "URL", "IMPP", "X-SOCIALPROFILE", *IM_PROPERTIES, *_SOCIAL_PROPERTIES}
)


def apple_label(text: str) -> str:
    """Return Apple's ``_$!<HomePage>!$_`` as "home page"; other labels as they are."""
    text = " ".join(text.split())
    match = _APPLE_LABEL.fullmatch(text)
    if not match:
        return text
    return " ".join(_CAMEL.sub(" ", match[1]).split()).lower()


def _label(line: ContentLine, group_labels: dict[str, str]) -> str:
    if line.group and line.group.lower() in group_labels:
        return group_labels[line.group.lower()]
    words = [t.removeprefix("x-") for t in line.types() if t not in _NOISE_TYPES]
    return ", ".join(dict.fromkeys(w for w in words if w))


def _preferred(line: ContentLine) -> bool:
    return "pref" in line.types() or line.param("PREF").strip() == "1"


def _normalised(kinds: tuple[str, ...], value: str, label: str, pref: bool) -> ContactMethodData:
    """Return the method as the first kind that accepts it, else as "other" with the value kept."""
    for kind in kinds:
        try:
            return ContactMethodData(kind, normalise_contact(kind, value), label, pref)
        except ValidationError:
            continue
    return ContactMethodData("other", " ".join(value.split()), label, pref)


def _social_kind(url: str) -> str | None:
    match = _HOST.match(url.strip())
    if not match:
        return None
    host = match[1].lower().rstrip(".")
    for domain, kind in _SOCIAL_HOSTS.items():
        if host == domain or host.endswith("." + domain):
            return kind
    return None


def _url_method(value: str, label: str, pref: bool) -> ContactMethodData:
    kind = _social_kind(value)
    kinds = (kind, "website") if kind else ("website",)
    return _normalised(kinds, value, label, pref)


def _without_scheme(value: str) -> tuple[str, str]:
    match = _SCHEME.match(value)
    return (match[1].lower(), value[match.end() :]) if match else ("", value)


def read_method(line: ContentLine, group_labels: dict[str, str]) -> ContactMethodData | None:
    """Return the way to reach someone a line holds, or None when its value is empty."""
    method = _method_of(line, group_labels)
    return method if method.value else None  # "IMPP:xmpp:", "TEL:tel:" hold nothing


def _method_of(line: ContentLine, group_labels: dict[str, str]) -> ContactMethodData:
    value = unescape(line.text_value()).strip()
    label, pref = _label(line, group_labels), _preferred(line)
    name = line.name
    if name == "EMAIL":
        return _normalised(("email",), value, label, pref)
    if name == "TEL":
        if value[:4].lower() == "tel:":  # a URI: tel:+1-555-0100;ext=12
            number, *uri_params = value[4:].split(";")
            ext = next((p[4:] for p in uri_params if p[:4].lower() == "ext="), "")
            value = f"{number} ext {ext}" if ext else number
        whatsapp = _WHATSAPP.fullmatch(label)
        if whatsapp:
            return _normalised(("whatsapp",), value, (whatsapp[1] or "").strip(), pref)
        return _normalised(("phone",), value, label, pref)
    if name == "URL":
        return _url_method(value, label, pref)
    if name in _SOCIAL_PROPERTIES:
        return _normalised((_SOCIAL_PROPERTIES[name],), value, label, pref)
    if name in IM_PROPERTIES:
        service, _scheme = IM_PROPERTIES[name]
        scheme, bare = _without_scheme(value)
        return ContactMethodData("other", value if scheme in _WEB else bare.strip(), service, pref)
    # IMPP and X-SOCIALPROFILE name their service in a parameter (Apple) or a type.
    service = " ".join(line.param("X-SERVICE-TYPE").split())
    if not service and name == "X-SOCIALPROFILE":
        service = next((t for t in line.types() if t not in _NOISE_TYPES), "")
    kind = _SERVICE_KINDS.get(service.lower())
    if service.lower() == "whatsapp":
        kind = "whatsapp"
    scheme, bare = _without_scheme(value)
    # Take off the scheme that stands for the service ("xmpp:", Apple's "x-apple:"), not a link's.
    if scheme == "x-apple" or scheme in _SCHEME_LABELS or (service and scheme not in _WEB):
        value = bare.strip()
    if kind:
        return _normalised((kind,), value, "", pref)
    if name == "X-SOCIALPROFILE" and _HTTP.match(value):
        return _normalised(("website",), value, service or label, pref)
    if not service and scheme in _SCHEME_LABELS:
        service = _SCHEME_LABELS[scheme]
    return ContactMethodData("other", " ".join(value.split()), service or label, pref)


def _typed(
    name: str, label: str, value: str, pref: bool, version: str, group: Callable[[], str]
) -> list[str]:
    """Return the lines of one method: its TYPE list, or a group with Apple's label."""
    params: list[str] = []
    words = label.split(", ") if label else []
    # Only a label that reads back the same as a TYPE list is written as one.
    grouped = bool(words) and (
        not set(words) <= _TYPES_BY_PROPERTY.get(name, set()) or len(set(words)) < len(words)
    )
    if words and not grouped:
        params.append("TYPE=" + ",".join(words))
    if pref:
        params.append("PREF=1" if version == "4.0" else "TYPE=pref")
    head = ";".join([name, *params])
    if not grouped:
        return [f"{head}:{value}"]
    prefix = group() + "."
    return [f"{prefix}{head}:{value}", f"{prefix}X-ABLabel:{escape(label)}"]


def write_method(method: ContactMethodData, version: str, group: Callable[[], str]) -> list[str]:
    """Return the content lines of one way to reach someone (``group`` gives a free group name)."""
    kind, pref = method.kind, method.preferred
    value, label = " ".join(method.value.split()), " ".join(method.label.split())
    if not value:
        return []
    if kind == "email":
        return _typed("EMAIL", label, escape(value), pref, version, group)
    if kind == "phone":
        return _typed("TEL", label, escape(value), pref, version, group)
    if kind == "whatsapp":
        label = f"WhatsApp ({label})" if label else "WhatsApp"
        return _typed("TEL", label, escape(value), pref, version, group)
    if kind in ("website", "linkedin", "x", "instagram") or _HTTP.match(value):
        return _typed("URL", label, value.replace("\\", "\\\\"), pref, version, group)
    scheme = _LABEL_SCHEMES.get(label.lower(), "x-apple")
    params = [f"X-SERVICE-TYPE={quote_param(label)}"] if label else []
    if pref:
        params.append("PREF=1" if version == "4.0" else "TYPE=pref")
    return [";".join(["IMPP", *params]) + f":{scheme}:{escape(value)}"]
