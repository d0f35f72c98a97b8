"""The registry side of images.sh: pushes an empty base image, and checks the images the build pushed."""
import hashlib
import json
import sys
import urllib.request

MANIFEST_TYPES = ", ".join([
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
])


def call(method, url, body=None, headers=None):
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    with urllib.request.urlopen(request) as answer:
        return answer.status, dict(answer.headers), answer.read()


def push_empty(registry, name, tag):
    config = json.dumps({"architecture": "amd64", "os": "linux", "config": {},
                         "rootfs": {"type": "layers", "diff_ids": []}}).encode()
    digest = "sha256:" + hashlib.sha256(config).hexdigest()
    _, headers, _ = call("POST", f"http://{registry}/v2/{name}/blobs/uploads/")
    location = headers["Location"]
    location = location if location.startswith("http") else f"http://{registry}{location}"
    call("PUT", location + ("&" if "?" in location else "?") + "digest=" + digest, config,
         {"Content-Type": "application/octet-stream"})
    manifest = json.dumps({"schemaVersion": 2,
                           "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
                           "config": {"mediaType": "application/vnd.docker.container.image.v1+json",
                                      "size": len(config), "digest": digest},
                           "layers": []}).encode()
    call("PUT", f"http://{registry}/v2/{name}/manifests/{tag}", manifest,
         {"Content-Type": "application/vnd.docker.distribution.manifest.v2+json"})
    print(f"Pushed the empty base {registry}/{name}:{tag}")


def check(registry, version, names):
    failures = []
    print(f"{'image':62} {'layers':>6} {'MB':>7}  user  port      entrypoint")
    for name in names:
        repository = f"lifelong/{name}"
        _, _, body = call("GET", f"http://{registry}/v2/{repository}/manifests/{version}", headers={"Accept": MANIFEST_TYPES})
        manifest = json.loads(body)
        _, _, body = call("GET", f"http://{registry}/v2/{repository}/blobs/{manifest['config']['digest']}")
        config = json.loads(body)["config"]
        environment = dict(variable.split("=", 1) for variable in config.get("Env", []))
        entrypoint = " ".join(config.get("Entrypoint") or [])
        jvm = entrypoint + " " + environment.get("JAVA_OPTS_APPEND", "")
        ports = sorted(config.get("ExposedPorts", {}))
        size = sum(layer["size"] for layer in manifest["layers"]) / 1e6
        image = f"{registry}/{repository}:{version}"
        print(f"{image:62} {len(manifest['layers']):>6} {size:7.1f}  {config.get('User', '-'):5} {','.join(ports):9} "
              f"{entrypoint}")
        expectations = {
            "runs as user 185": config.get("User") == "185",
            "heap 60% of the memory limit": environment.get("JAVA_MAX_MEM_RATIO") == "60",
            "exits when out of memory": "-XX:+ExitOnOutOfMemoryError" in jvm,
            "PDFBox's font cache in /tmp": "-Dpdfbox.fontcache=/tmp" in jvm,
            "its HTTP port exposed": bool(ports),
            "libraries and application in layers of their own": len(manifest["layers"]) >= 3,
        }
        failures += [f"{repository}: {what}" for what, held in expectations.items() if not held]
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print(f"All {len(names)} images pushed and as the manifests expect.")


if __name__ == "__main__":
    if sys.argv[1] == "push-empty":
        push_empty(*sys.argv[2:5])
    else:
        check(sys.argv[2], sys.argv[3], sys.argv[4:])
