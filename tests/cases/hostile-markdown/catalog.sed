# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
2c\
title: "# x *y* [a](javascript:x) <script>alert(1)</script> `code` | cell"
37c\
\      - "- not a list"\
\      - "1. not numbered"\
\      - "> not a quote"\
\      - "    not code"\
\      - "```"\
\      - "<div>raw</div>"\
\      - "![img](x.png) &amp; \\\\*"
