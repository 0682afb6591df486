#!/usr/bin/env python3
"""Runs a generated Actions workflow the way a Gitea runner would, for the workflow tests.

  run_workflow.py check WORKFLOW.yml
      parses the YAML and prints {"name", "on", "jobs": {job: {"needs", "runs_on", "steps": [...]}}}
  run_workflow.py run WORKFLOW.yml --repo DIR --ref TAG --work DIR --context JSON [--secrets JSON] [--vars JSON]
      runs the jobs in the order their needs allow (one after another), each in a fresh clone of
      the repository checked out at the ref, as separate runners would. Steps:
        uses: actions/checkout   -> git clone (fetch-depth 0: full history, else --depth 1) at the ref
        uses: anything else      -> skipped (setup-python, upload-artifact: no network here)
        run:                     -> bash --noprofile --norc -eo pipefail, with the runner's environment:
                                    GITHUB_ACTIONS, GITEA_ACTIONS, GITEA_REF_NAME, GITHUB_REF_NAME,
                                    GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_OUTPUT, GITHUB_ENV...
      ${{ ... }} expressions: gitea.*, github.*, secrets.*, vars.*, inputs.*, env.*, steps.ID.outputs.*,
      needs.JOB.outputs.*. Prints one JSON object: {"ok", "jobs": {job: {"ok", "outputs", "steps": [...]}}};
      exit 0 when every job succeeded.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")


def load(path):
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    # YAML 1.1 reads the key "on" as True.
    if True in data and "on" not in data:
        data["on"] = data.pop(True)
    return data


def lookup(path, scope):
    node = scope
    for part in path.split("."):
        if isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return ""
    return "" if node is None else str(node)


def evaluate(text, scope):
    if not isinstance(text, str):
        return text
    return EXPRESSION.sub(lambda m: lookup(m.group(1), scope), text)


def order(jobs):
    done, result = set(), []
    while len(result) < len(jobs):
        progressed = False
        for name, job in jobs.items():
            needs = job.get("needs") or []
            needs = [needs] if isinstance(needs, str) else needs
            if name not in done and all(n in done for n in needs):
                result.append(name)
                done.add(name)
                progressed = True
        if not progressed:
            raise SystemExit("needs form a cycle or name an unknown job")
    return result


def read_outputs(path):
    outputs = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if "=" in line:
                    key, value = line.rstrip("\n").split("=", 1)
                    outputs[key] = value
        os.remove(path)
    return outputs


def check(path):
    data = load(path)
    jobs = {}
    for name, job in (data.get("jobs") or {}).items():
        steps = []
        for step in job.get("steps") or []:
            steps.append({"name": step.get("name", ""), "uses": step.get("uses", ""), "run": step.get("run", ""),
                          "id": step.get("id", ""), "env": step.get("env") or {}, "with": step.get("with") or {}})
        needs = job.get("needs") or []
        jobs[name] = {"needs": [needs] if isinstance(needs, str) else needs, "runs_on": job.get("runs-on"),
                      "container": job.get("container"), "outputs": job.get("outputs") or {}, "steps": steps}
    print(json.dumps({"name": data.get("name"), "on": data.get("on"), "env": data.get("env") or {}, "jobs": jobs,
                      "order": order(data.get("jobs") or {})}))


def run(args):
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("workflow")
    parser.add_argument("--repo", required=True)
    parser.add_argument("--ref", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--context", required=True)
    parser.add_argument("--secrets", default="{}")
    parser.add_argument("--vars", default="{}")
    parser.add_argument("--inputs", default="{}")
    options = parser.parse_args(args)
    data = load(options.workflow)
    context = json.loads(options.context)
    context.setdefault("ref_name", options.ref)
    scope = {"gitea": context, "github": context, "secrets": json.loads(options.secrets),
             "vars": json.loads(options.vars), "inputs": json.loads(options.inputs), "needs": {}}
    report = {"ok": True, "jobs": {}}
    os.makedirs(options.work, exist_ok=True)
    for name in order(data.get("jobs") or {}):
        job = data["jobs"][name]
        needs = job.get("needs") or []
        needs = [needs] if isinstance(needs, str) else needs
        if not all(report["jobs"][n]["ok"] for n in needs):
            report["jobs"][name] = {"ok": False, "skipped": True, "outputs": {}, "steps": []}
            report["ok"] = False
            continue
        workspace = tempfile.mkdtemp(prefix=name + "-", dir=options.work)
        runner_temp = tempfile.mkdtemp(prefix=name + "-tmp-", dir=options.work)
        job_scope = dict(scope)
        job_scope["steps"] = {}
        env_base = dict(os.environ)
        env_base.update({
            "CI": "true", "GITHUB_ACTIONS": "true", "GITEA_ACTIONS": "true",
            "GITHUB_REF_NAME": options.ref, "GITEA_REF_NAME": options.ref, "GITHUB_REF": "refs/tags/" + options.ref,
            "GITHUB_REF_TYPE": "tag", "GITHUB_SERVER_URL": context.get("server_url", ""),
            "GITHUB_REPOSITORY": context.get("repository", ""), "GITHUB_ACTOR": context.get("actor", ""),
            "GITHUB_WORKSPACE": workspace, "RUNNER_TEMP": runner_temp, "GITHUB_JOB": name,
        })
        job_env = {}
        for source in (data.get("env") or {}, job.get("env") or {}):
            for key, value in source.items():
                job_env[key] = evaluate(str(value), dict(job_scope, env=job_env))
        result = {"ok": True, "outputs": {}, "steps": []}
        for index, step in enumerate(job.get("steps") or []):
            uses = step.get("uses", "")
            entry = {"name": step.get("name", uses), "uses": uses}
            if uses.startswith("actions/checkout"):
                depth = str((step.get("with") or {}).get("fetch-depth", "1"))
                command = ["git", "clone", "-q"]
                if depth != "0":
                    command += ["--depth", depth, "--branch", options.ref, "file://" + os.path.abspath(options.repo)]
                else:
                    command += [os.path.abspath(options.repo)]
                command.append(workspace + "/checkout")
                proc = subprocess.run(command, capture_output=True, text=True)
                if proc.returncode == 0 and depth == "0":
                    proc = subprocess.run(["git", "-C", workspace + "/checkout", "checkout", "-q", options.ref],
                                          capture_output=True, text=True)
                entry.update({"exit": proc.returncode, "output": proc.stdout + proc.stderr})
                result["steps"].append(entry)
                if proc.returncode != 0:
                    result["ok"] = False
                    break
                continue
            if uses:
                entry["skipped"] = True
                result["steps"].append(entry)
                continue
            step_env = dict(job_env)
            for key, value in (step.get("env") or {}).items():
                step_env[key] = evaluate(str(value), dict(job_scope, env=step_env))
            script = evaluate(step.get("run", ""), dict(job_scope, env=step_env))
            output_file = os.path.join(runner_temp, "output-%d" % index)
            env = dict(env_base)
            env.update(step_env)
            env["GITHUB_OUTPUT"] = output_file
            env["GITHUB_ENV"] = os.path.join(runner_temp, "env-%d" % index)
            script_file = os.path.join(runner_temp, "step-%d.sh" % index)
            with open(script_file, "w") as f:
                f.write(script)
            cwd = workspace + "/checkout" if os.path.isdir(workspace + "/checkout") else workspace
            proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script_file], cwd=cwd, env=env,
                                  capture_output=True, text=True)
            outputs = read_outputs(output_file)
            if step.get("id"):
                job_scope["steps"][step["id"]] = {"outputs": outputs}
            entry.update({"exit": proc.returncode, "outputs": outputs, "stdout": proc.stdout[-20000:],
                          "stderr": proc.stderr[-20000:]})
            result["steps"].append(entry)
            if proc.returncode != 0:
                result["ok"] = False
                break
        for key, value in (job.get("outputs") or {}).items():
            result["outputs"][key] = evaluate(str(value), job_scope)
        scope["needs"][name] = {"outputs": result["outputs"], "result": "success" if result["ok"] else "failure"}
        report["jobs"][name] = result
        report["ok"] = report["ok"] and result["ok"]
    print(json.dumps(report))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "check":
        check(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "run":
        sys.exit(run(sys.argv[2:]))
    else:
        sys.exit(__doc__)
