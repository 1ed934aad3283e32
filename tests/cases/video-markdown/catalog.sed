# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/video.yaml as it is.
