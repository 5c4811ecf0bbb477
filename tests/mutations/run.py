#!/usr/bin/env python3
"""Mutation check by hand: each entry of mutations.json breaks one rule on purpose.

For every mutation the script edits a scratch copy of the tree, rebuilds it incrementally and runs
the tests the entry names (all of them when it names none). A mutation is killed when a test fails;
one that survives names a rule no test guards. Not part of CI (too slow on 2 cores): run it before
you stop and quote its last line in your note.

    tests/mutations/run.py [--only NAME-REGEX] [--scratch DIR]
"""
import argparse
import json
import re
import os
import shutil
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
COPIED = ['CMakeLists.txt', 'CMakePresets.json', 'src', 'tests', 'forms', 'resources', 'translations', 'packaging']


def sync(scratch):
    """Makes the scratch tree equal to ours. Only files whose content differs are written, with a new
    time, so the scratch build stays incremental and never mistakes a changed file for an old one."""
    for name in COPIED:
        source, target = os.path.join(ROOT, name), os.path.join(scratch, name)
        if os.path.isfile(source):
            copy_if_changed(source, target)
            continue
        wanted = set()
        for folder, dirs, files in os.walk(source):
            dirs[:] = [d for d in dirs if d != 'build']
            for f in files:
                relative = os.path.relpath(os.path.join(folder, f), source)
                wanted.add(relative)
                copy_if_changed(os.path.join(folder, f), os.path.join(target, relative))
        for folder, dirs, files in os.walk(target):
            for f in files:
                if os.path.relpath(os.path.join(folder, f), target) not in wanted:
                    os.remove(os.path.join(folder, f))


def copy_if_changed(source, target):
    with open(source, 'rb') as f:
        content = f.read()
    if os.path.exists(target):
        with open(target, 'rb') as f:
            if f.read() == content:
                return
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, 'wb') as f:
        f.write(content)


def run(command, cwd, log):
    with open(log, 'w') as out:
        return subprocess.run(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT).returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--only', default='')
    parser.add_argument('--scratch', default='/tmp/partnerdesk-mutations')
    args = parser.parse_args()
    with open(os.path.join(os.path.dirname(__file__), 'mutations.json'), encoding='utf-8') as f:
        mutations = [m for m in json.load(f) if re.search(args.only, m['name'])]

    scratch = args.scratch
    sync(scratch)
    logs = os.path.join(scratch, 'logs')
    os.makedirs(logs, exist_ok=True)
    if run(['cmake', '--preset', 'default'], scratch, os.path.join(logs, 'configure.log')) != 0:
        sys.exit('configure failed; see ' + logs)
    print('building the unmutated copy (the first time takes a while)…', flush=True)
    if run(['cmake', '--build', '--preset', 'default'], scratch, os.path.join(logs, 'baseline-build.log')) != 0:
        sys.exit('the unmutated copy does not build; see ' + logs)

    killed, survived, stale, broken = [], [], [], []
    for index, m in enumerate(mutations, 1):
        path = os.path.join(scratch, m['file'])
        with open(path, encoding='utf-8') as f:
            original = f.read()
        if original.count(m['find']) != 1:
            stale.append(m['name'])
            print(f'[{index}/{len(mutations)}] STALE    {m["name"]}: the text to find is not there exactly once', flush=True)
            continue
        with open(path, 'w', encoding='utf-8') as f:
            f.write(original.replace(m['find'], m['put']))
        log = os.path.join(logs, f'{index:02d}.log')
        try:
            # AUTOUIC regenerates a changed Designer form only on the build after the one that saw
            # it change: a mutated .ui needs a second build to be in the binaries.
            built = run(['cmake', '--build', '--preset', 'default'], scratch, log) == 0
            if built and path.endswith('.ui'):
                built = run(['cmake', '--build', '--preset', 'default'], scratch, log + '.again') == 0
            if not built:
                broken.append(m['name'])
                verdict = 'NO BUILD'
            else:
                command = ['ctest', '--preset', 'default', '-j2', '--timeout', '120']
                if m.get('tests'):
                    command += ['-R', m['tests']]
                verdict = 'killed' if run(command, scratch, log) != 0 else 'SURVIVED'
                (killed if verdict == 'killed' else survived).append(m['name'])
        finally:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(original)
            if path.endswith('.ui'):  # the restored form, in the binaries before the next mutation
                run(['cmake', '--build', '--preset', 'default'], scratch, log + '.restore')
                run(['cmake', '--build', '--preset', 'default'], scratch, log + '.restore-again')
        print(f'[{index}/{len(mutations)}] {verdict:8} {m["name"]}', flush=True)
    # Leave the scratch build matching the tree again for the next run.
    run(['cmake', '--build', '--preset', 'default'], scratch, os.path.join(logs, 'restore-build.log'))
    for name in survived:
        print('survived: ' + name)
    print(f'mutations: {len(mutations)}, killed {len(killed)}, survived {len(survived)}, '
          f'stale {len(stale)}, did not build {len(broken)}')
    sys.exit(1 if survived or stale or broken else 0)


if __name__ == '__main__':
    main()
