# The releasedesk-cli container image: what a Gitea Actions job runs in when [ci] cli =
# "container" (container: image: ...). Build it from a folder holding the .deb:
#   cpack -G DEB   (in a core-only build: cmake -DRELEASEDESK_GUI=OFF)
#   podman build -f packaging/releasedesk-cli.Dockerfile -t releasedesk-cli:0.1.0 <folder with the .deb>
# The base is an argument. On Debian and Ubuntu images apt installs the package with its
# dependencies; on an image without apt (a minimal test base) the package is unpacked as is.
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}
COPY releasedesk-cli_*.deb /tmp/
RUN if command -v apt-get >/dev/null 2>&1; then \
      apt-get update && apt-get install -y --no-install-recommends /tmp/releasedesk-cli_*.deb nsis osslsigncode curl \
      && rm -rf /var/lib/apt/lists/*; \
    else \
      dpkg-deb -x /tmp/releasedesk-cli_*.deb /; \
    fi \
    && rm -f /tmp/releasedesk-cli_*.deb \
    && releasedesk-cli --version
LABEL org.opencontainers.image.title="releasedesk-cli" \
      org.opencontainers.image.description="ReleaseDesk's headless release engine for Gitea Actions runners"
CMD ["releasedesk-cli", "--help"]
