#!/usr/bin/python3
# SPDX-License-Identifier: ISC
"""The plan a user would script instead of running heelrx.

usage: bench/peer.py [CATALOG]    (default: exercises.yaml beside bench/)

Python 3 and PyYAML's libyaml loader (Debian's python3-yaml) read the
catalog and print the plain-text plan for a painful left heel at 72
columns, the same bytes as `heelrx --pain=left`.  Like a quick script,
it trusts the catalog instead of validating it, and it breaks lines at
blanks and after hyphens only, which is all the shipped catalog needs;
heelrx follows the whole Unicode line-breaking algorithm.  bench/run
checks that both print the same before it times them.
"""

import datetime
import os
import re
import sys
import time

import yaml

WIDTH = 72
SIDE_WORDS = {"left": "right", "right": "left"}


def fill(text, side):
    """Fills {side}/{other} in every case, and turns {{ into {."""
    other = SIDE_WORDS[side]
    words = {"side": side, "other": other}

    def word(m):
        name = m.group(1)
        w = words[name.lower()]
        if name.isupper():
            return w.upper()
        return w.capitalize() if name[0].isupper() else w

    return re.sub(r"\{\{|\{(side|Side|SIDE|other|Other|OTHER)\}",
                  lambda m: "{" if m.group(0) == "{{" else word(m), text)


def pieces(line):
    """Words with the blanks after them; a hyphen ends a piece too."""
    return re.findall(r"[^ -]*-(?=[A-Za-z])|[^ ]+ *| +", line)


def para(out, text, first, rest):
    """Fills text greedily; like libunistring, the blanks after a word
    count against the width, except after the paragraph's last word."""
    width = max(WIDTH - max(len(first), len(rest)), 20)
    prefix = first
    for line in text.replace("\t", " ").split("\n"):
        ps = pieces(line)
        cur, col = "", 0
        for i, p in enumerate(ps):
            w = len(p.rstrip(" ")) if i == len(ps) - 1 else len(p)
            if cur and col + w > width:
                out.append((prefix + cur).rstrip(" "))
                prefix, cur, col = rest, "", 0
            cur += p
            col += len(p)
        text_line = cur.rstrip(" ")
        out.append(prefix + text_line if text_line else prefix.rstrip(" "))
        prefix = rest


def rule_under(out, text, char):
    out.append(char * min(len(text), WIDTH))


def dose_phrase(d):
    s = "%d set%s of %d" % (d["sets"], "" if d["sets"] == 1 else "s",
                            d["reps"])
    if d.get("hold_seconds"):
        s += ", holding each repetition %d s" % d["hold_seconds"]
    if d["sets"] == 1:
        return s
    lo, hi = d["rest_seconds"]["min"], d["rest_seconds"]["max"]
    if hi == 0:
        return s + ", no rest needed between sets"
    if lo == hi:
        return s + ", rest %d s between sets" % hi
    return s + ", rest %d\u2013%d s between sets" % (lo, hi)


def schedule_phrase(s):
    n, rest = s["sessions_per_week"], s["rest_days_between"]
    text = "%d session%s a week" % (n, "" if n == 1 else "s")
    if rest == 0 or n == 1:
        return text
    return text + ", with at least %d rest day%s between sessions" % (
        rest, "" if rest == 1 else "s")


def labelled(out, indent, label, text):
    para(out, text, "%s%s: " % (indent, label),
             indent + " " * (len(label) + 2))


def heading(out, text):
    out.append("")
    para(out, text, "", "")
    rule_under(out, text, "-")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, "..", "exercises.yaml")
    with open(path, "rb") as f:
        c = yaml.load(f, Loader=yaml.CSafeLoader)

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        day = datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
    else:
        day = datetime.datetime.fromtimestamp(time.time())
    pain = "left"
    side = SIDE_WORDS[pain]  # the rule works the opposite leg
    rule = c["rules"]["one_side"]
    plain = lambda t: t.replace("{{", "{")
    out = []

    para(out, plain(c["title"]), "", "")
    rule_under(out, plain(c["title"]), "=")
    para(out, day.strftime("%Y-%m-%d"), "Date:      ", "")
    headline = fill(rule["headline"], side)
    out.append("")
    rule_under(out, headline, "*")
    para(out, headline, "", "")
    rule_under(out, headline, "*")
    if rule.get("warning"):
        out.append("")
        para(out, fill(rule["warning"], side), "WARNING: ", " " * 9)

    heading(out, "Why this plan")
    for i, r in enumerate(rule["rationale"]):
        if i:
            out.append("")
        para(out, fill(r, side), "", "")

    heading(out, "Dose and schedule")
    labelled(out, "", "- Schedule", schedule_phrase(c["schedule"]))
    if c["schedule"].get("note"):
        para(out, plain(c["schedule"]["note"]), "- ", "  ")
    labelled(out, "", "- Usual dose", dose_phrase(c["dose"]))
    labelled(out, "", "- Equipment", plain(c["equipment"]))
    labelled(out, "", "- Resistance", plain(c["load"]))
    bands = [plain(b) for b in c.get("bands", [])]
    if bands:
        if len(bands) > 1:
            bands[0] += " (lightest)"
            bands[-1] += " (strongest)"
        labelled(out, "", "- Bands", ", ".join(bands))

    heading(out, "Exercises")
    by_id = {e["id"]: e for e in c["exercises"]}
    key = rule.get("key_exercise")
    order = ([key] if key else []) + [i for i in rule["exercises"] if i != key]
    for n, ident in enumerate(order, 1):
        e = by_id[ident]
        if n > 1:
            out.append("")
        first = "%d. " % n
        para(out, "%s (%s)%s" % (plain(e["name"]), plain(e["target"]),
                                     " - KEY EXERCISE" if ident == key else ""),
                 first, " " * len(first))
        dose = dict(c["dose"], **e.get("dose", {}))
        labelled(out, "   ", "Dose", dose_phrase(dose))
        if e.get("equipment"):
            labelled(out, "   ", "Equipment", plain(e["equipment"]))
        labelled(out, "   ", "Anchor", plain(e["anchor"]))
        labelled(out, "   ", "Position", plain(e["position"]))
        out.append("   Set-up for your %s leg:" % side)
        for t in e["setup"]:
            para(out, fill(t, side), "     - ", "       ")
        out.append("   Movement:")
        digits = 2 if len(e["steps"]) >= 10 else 1
        for i, t in enumerate(e["steps"], 1):
            para(out, plain(t), "     %*d. " % (digits, i),
                     "     " + " " * digits + "  ")
        if e.get("cues"):
            out.append("   Remember:")
            for t in e["cues"]:
                para(out, plain(t), "     - ", "       ")

    heading(out, "When to make it harder")
    for t in c["progression"]:
        para(out, plain(t), "- ", "  ")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
