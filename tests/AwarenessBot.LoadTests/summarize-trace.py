#!/usr/bin/env python3
"""Summarises a dotnet-trace speedscope file: wall time per frame, inclusive and self.

Usage: summarize-trace.py TRACE.speedscope.json [FILTER] [TOP]
Threads that never enter a frame containing FILTER (default "!AwarenessBot.", i.e. our own assemblies' code) are skipped, so idle
thread-pool and timer threads do not drown the turn; percentages are of the kept threads' time
spent inside a FILTER frame (the turn).
"""
import json
import sys
from collections import defaultdict

PSEUDO = {"CPU_TIME", "UNMANAGED_CODE_TIME"}


def main() -> None:
    path = sys.argv[1]
    needle = sys.argv[2] if len(sys.argv) > 2 else "!AwarenessBot."
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    names = [frame["name"] for frame in doc["shared"]["frames"]]
    inclusive: dict[int, float] = defaultdict(float)
    self_time: dict[int, float] = defaultdict(float)
    turn_time = 0.0
    for profile in doc["profiles"]:
        if profile.get("type") != "evented":
            continue
        stack: list[int] = []
        last = profile.get("startValue", 0.0)
        for event in profile["events"]:
            at = event["at"]
            if stack and at > last:
                span = at - last
                in_turn = [i for i in stack if needle in names[i]]
                if in_turn:
                    turn_time += span
                    for frame in set(stack):
                        inclusive[frame] += span
                    # The sampler ends each stack with a pseudo-frame (CPU_TIME, UNMANAGED_CODE_TIME):
                    # self time goes to the deepest real method under it.
                    real = [i for i in stack if names[i] not in PSEUDO]
                    self_time[(real or stack)[-1]] += span
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    if turn_time == 0:
        print(f"no samples inside a frame containing {needle!r}")
        return
    print(f"time inside {needle} frames: {turn_time:.0f} ms (all threads)\n")
    print(f"top {top} by self time (% of that time):")
    for frame, ms in sorted(self_time.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * ms / turn_time:5.1f}%  {names[frame][:150]}")
    for pseudo in sorted(PSEUDO):
        ids = [i for i, n in enumerate(names) if n == pseudo]
        share = sum(inclusive.get(i, 0.0) for i in ids)
        print(f"  (stacks ending in {pseudo}: {100 * share / turn_time:.1f}%)")
    print(f"\ntop {top} frames by inclusive time:")
    for frame, ms in sorted(inclusive.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * ms / turn_time:5.1f}%  {names[frame][:150]}")
    print(f"\ntop {top} {needle} frames by inclusive time:")
    ours = [(f, ms) for f, ms in inclusive.items() if needle in names[f]]
    for frame, ms in sorted(ours, key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * ms / turn_time:5.1f}%  {names[frame][:150]}")


if __name__ == "__main__":
    main()
