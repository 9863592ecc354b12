#!/usr/bin/env python3
"""Draws the moving exercise illustrations of media/illustrations/ (issue 16).

One jointed figure for the whole family (same proportions everywhere, ILLUSTRATIONS.md palette
and line weights), posed by joint angles. A drawing is a list of key frames (time, pose); the
script writes standard SVG where every joint is a group whose transform is animated with SMIL
<animateTransform> (values evenly spaced in time, no keyTimes: JSVG 2.0 and every browser play
them alike). The groups' own transform attributes hold the still pose, so a renderer without
animation shows a good still drawing. Run: python3 tools/moving_figures.py media/illustrations
"""
import math
import sys
from pathlib import Path

TEAL, PALE, CORAL, LIGHT, DARK = "#2E7D6B", "#A7D3C7", "#E4714F", "#E8E2D6", "#33403F"
W = 18            # limb stroke width
TORSO, NECK = 92, 22
UPPER_ARM, FOREARM = 48, 44
THIGH, SHIN, FOOT = 60, 58, 16
HEAD_R = 24
SLOT = 0.5        # seconds between animation values


def smooth(u):
    return u * u * (3 - 2 * u)


class Drawing:
    def __init__(self, title, keys, view="side", face="side", key_poses=(), slot=SLOT):
        self.title, self.keys, self.view, self.face = title, keys, view, face
        self.key_poses, self.slot = key_poses, slot
        self.duration = keys[-1][0]
        self.n = round(self.duration / slot)
        self.still = None
        self.thigh = 1.0     # a front view of a sitting figure shows its thighs foreshortened
        self.still_time = key_poses[1] if len(key_poses) > 1 else 0

    # -- timing -------------------------------------------------------------------------------
    def value(self, param, t):
        keys = self.keys
        for (t0, p0), (t1, p1) in zip(keys, keys[1:]):
            if t0 <= t <= t1:
                a, b = p0.get(param, 0), p1.get(param, 0)
                u = 0 if t1 == t0 else smooth((t - t0) / (t1 - t0))
                if isinstance(a, tuple) or isinstance(b, tuple):
                    a = a if isinstance(a, tuple) else (0, 0)
                    b = b if isinstance(b, tuple) else (0, 0)
                    return tuple(x + (y - x) * u for x, y in zip(a, b))
                return a + (b - a) * u
        raise ValueError(t)

    def series(self, param):
        return [self.value(param, i * self.slot) for i in range(self.n + 1)]

    def still_value(self, param):
        return self.value(param, self.still_time)

    def anim(self, attr, kind, vals, fmt):
        if len(set(fmt(v) for v in vals)) <= 1:
            return ""
        values = ";".join(fmt(v) for v in vals)
        if kind == "opacity" or kind == "fill" or kind == "stroke":
            return (f'<animate attributeName="{attr}" values="{values}" dur="{self.duration:g}s" '
                    f'repeatCount="indefinite"/>')
        return (f'<animateTransform attributeName="transform" type="{kind}" values="{values}" '
                f'dur="{self.duration:g}s" repeatCount="indefinite"/>')

    def rot(self, param, inner, default=0):
        vals = [v if v is not None else default for v in self.series(param)] if self.has(param) else [default]
        base = self.still_value(param) if self.has(param) else default
        a = self.anim("transform", "rotate", vals, num)
        if not a and num(base) == "0":
            return inner
        return f'<g transform="rotate({num(base)})">{a}{inner}</g>'

    def move(self, param, inner, default=(0, 0)):
        fmt = lambda v: f"{num(v[0])} {num(v[1])}"
        vals = self.series(param) if self.has(param) else [default]
        base = self.still_value(param) if self.has(param) else default
        a = self.anim("transform", "translate", vals, fmt)
        if not a and fmt(base) == "0 0":
            return inner
        return f'<g transform="translate({fmt(base)})">{a}{inner}</g>'

    def scale(self, param, inner, default=1.0):
        vals = self.series(param) if self.has(param) else [default]
        base = self.still_value(param) if self.has(param) else default
        a = self.anim("transform", "scale", vals, num)
        if not a and num(base) == "1":
            return inner
        return f'<g transform="scale({num(base)})">{a}{inner}</g>'

    def fade(self, param, inner, default=1.0):
        vals = self.series(param) if self.has(param) else [default]
        base = self.still_value(param) if self.has(param) else default
        a = self.anim("opacity", "opacity", vals, num)
        if not a and num(base) == "1":
            return inner
        return f'<g opacity="{num(base)}">{a}{inner}</g>'

    def has(self, param):
        return any(param in p for _, p in self.keys)


def num(v):
    s = f"{v:.1f}"
    s = s.rstrip("0").rstrip(".") if "." in s else s
    return "0" if s in ("-0", "") else s


def line(x1, y1, x2, y2, color=TEAL, width=W):
    return (f'<path d="M{num(x1)} {num(y1)} L{num(x2)} {num(y2)}" fill="none" stroke="{color}" '
            f'stroke-width="{width}" stroke-linecap="round"/>')


def figure(d, p="", color=TEAL, ghost=False):
    """The jointed figure; p prefixes every pose parameter (a second figure, e.g. a ghost)."""
    front = d.view in ("front", "back")
    sw = 32 if front else 0           # shoulder half width
    hw = 9 if front else 0            # hip half width

    def hand(side, col, extra):
        thumb = -1 if side == 1 else 1
        return (line(0, 0, 0, 12, col, 15 + extra) + line(0, 4, thumb * 7, 10, col, 8 + extra))

    def arm(side, col=color, extra=0):
        """An arm; with extra > 0 its light outline (drawn first), so an arm crossing the body reads."""
        sign = -1 if side == 1 else 1
        w = W + extra
        fore = line(0, 0, 0, FOREARM, col, w) + d.move(f"{p}zero", d.rot(f"{p}wr{side}", hand(side, col, extra)), (0, FOREARM))
        upper = line(0, 0, 0, UPPER_ARM, col, w) + d.move(f"{p}zero", d.rot(f"{p}el{side}", fore), (0, UPPER_ARM))
        shoulder_line = (f'<path d="M0 0 Q{num(-sign * sw * 0.5)} -6 {num(-sign * sw)} -4" fill="none" '
                         f'stroke="{col}" stroke-width="{W}" stroke-linecap="round"/>') if front and not extra else ""
        return d.move(f"{p}sh{side}pos", shoulder_line + d.rot(f"{p}sh{side}", upper), (sign * sw, 4))

    def outlined(side):
        return ("" if ghost else arm(side, LIGHT, 6)) + arm(side)

    def leg(side):
        sign = -1 if side == 1 else 1
        foot_dir = (-90 if not front else (90 if side == 1 else -90))
        foot = d.rot(f"{p}an{side}", line(0, 0, 0, FOOT, color), foot_dir)
        shin = line(0, 0, 0, SHIN, color) + d.move(f"{p}zero", foot, (0, SHIN))
        t_len = THIGH * d.thigh
        thigh = line(0, 0, 0, t_len, color) + d.move(f"{p}zero", d.rot(f"{p}kn{side}", shin), (0, t_len))
        return d.move(f"{p}zero", d.rot(f"{p}hip{side}", thigh), (sign * hw, 0))

    face = ""
    if not ghost:
        if d.face == "side":
            face = (f'<circle cx="13" cy="15" r="11" fill="{color}"/>'
                    f'<circle cx="10" cy="-4" r="3.5" fill="{DARK}"/>'
                    f'<path d="M22 -4 L29 8 L20 9 Z" fill="{color}" stroke="{color}" stroke-width="4" '
                    f'stroke-linejoin="round"/>')
        elif d.face == "front":
            face = (f'<circle cx="-8" cy="-3" r="3.5" fill="{DARK}"/><circle cx="8" cy="-3" r="3.5" fill="{DARK}"/>'
                    f'<path d="M-6 8 Q0 13 6 8" fill="none" stroke="{DARK}" stroke-width="3" stroke-linecap="round"/>')
        elif d.face == "up":
            face = (f'<circle cx="10" cy="-4" r="3.5" fill="{DARK}"/>'
                    f'<path d="M22 -4 L29 8 L20 9 Z" fill="{color}" stroke="{color}" stroke-width="4" '
                    f'stroke-linejoin="round"/>')
        elif d.face == "asleep":
            face = (f'<circle cx="13" cy="15" r="11" fill="{color}"/>'
                    f'<path d="M5 -4 Q10 0 15 -4" fill="none" stroke="{DARK}" stroke-width="3" stroke-linecap="round"/>'
                    f'<path d="M22 -4 L29 8 L20 9 Z" fill="{color}" stroke="{color}" stroke-width="4" '
                    f'stroke-linejoin="round"/>')
        elif d.face == "closed":
            face = (f'<path d="M-13 -2 Q-8 2 -3 -2 M3 -2 Q8 2 13 -2" fill="none" stroke="{DARK}" stroke-width="3" '
                    f'stroke-linecap="round"/>'
                    f'<path d="M-5 9 Q0 12 5 9" fill="none" stroke="{DARK}" stroke-width="3" stroke-linecap="round"/>')
        face = d.move(f"{p}look", face)
    head = f'<circle cx="0" cy="0" r="{HEAD_R}" fill="{color}"/>' + face
    neck = line(0, 0, 0, -NECK, color, 16) + d.move(f"{p}zero", d.rot(f"{p}head", d.move(f"{p}zero", head, (2 if not front else 0, -16))), (0, -NECK))
    upper_body = (line(0, 0, 0, -TORSO, color)
                  + d.move(f"{p}zero", (outlined(1) + d.rot(f"{p}neck", neck) + outlined(2)) if front else
                           (arm(1) + d.rot(f"{p}neck", neck)), (0, -TORSO)))
    near_arm = "" if front else d.move(f"{p}zero", outlined(2), (0, -TORSO))
    hips = line(-hw, 0, hw, 0, color) if front else ""
    upper = d.move(f"{p}rise", d.rot(f"{p}trunk", upper_body + near_arm))
    body = leg(1) + upper + leg(2) + hips if not front else leg(1) + leg(2) + hips + upper
    return d.move(f"{p}root", d.rot(f"{p}body", body))


def stopwatch(d, cx, cy, hold_from, hold_to, seconds, more=()):
    """The hold mark: a stopwatch whose face fills (two half discs turning behind clips) while the
    figure holds, and one dot per second lighting up."""
    uid = f"{int(cx)}{int(cy)}"
    def sweep(t):
        if t <= hold_from:
            return 0.0
        if t >= hold_to:
            return 360.0 if t < hold_to + 0.01 else 0.0
        return 360.0 * (t - hold_from) / (hold_to - hold_from)
    ts = [i * d.slot for i in range(d.n + 1)]
    # after the hold the face empties again while the figure goes back
    holds = [(hold_from, hold_to)] + list(more)
    def fill(t):
        for h0, h1 in holds:
            if h0 <= t <= h1:
                return 360.0 * (t - h0) / (h1 - h0)
            if h1 < t < h1 + 1.0:
                return 360.0
        return 0.0
    raw = [fill(t) for t in ts]
    a = [min(v, 180.0) for v in raw]
    b = [max(v - 180.0, 0.0) for v in raw]
    still_a, still_b = 144.0, 0.0
    r = 16
    out = [f'<defs><clipPath id="right{uid}"><rect x="{cx}" y="{cy - 20}" width="20" height="40"/></clipPath>'
           f'<clipPath id="left{uid}"><rect x="{cx - 20}" y="{cy - 20}" width="20" height="40"/></clipPath></defs>',
           f'<rect x="{cx - 7}" y="{cy - 36}" width="14" height="9" rx="3" fill="{DARK}" stroke="{DARK}" stroke-width="2" stroke-linejoin="round"/>',
           f'<path d="M{cx + 16.3} {cy - 16.3} L{cx + 21.9} {cy - 21.9}" stroke="{DARK}" stroke-width="7" stroke-linecap="round"/>',
           f'<circle cx="{cx}" cy="{cy}" r="22" fill="{LIGHT}" stroke="{DARK}" stroke-width="6"/>']
    left_half = f'M{cx} {cy - r} A{r} {r} 0 0 0 {cx} {cy + r} Z'
    right_half = f'M{cx} {cy + r} A{r} {r} 0 0 0 {cx} {cy - r} Z'
    def turning(vals, still, shape, clip):
        fmt = lambda v: f"{num(v)} {cx} {cy}"
        return (f'<g clip-path="url(#{clip}{uid})"><g transform="rotate({fmt(still)})">'
                f'{d.anim("transform", "rotate", vals, fmt)}<path d="{shape}" fill="{CORAL}"/></g></g>')
    out.append(turning(a, still_a, left_half, "right"))
    out.append(turning(b, still_b, right_half, "left"))
    out.append(f'<circle cx="{cx}" cy="{cy}" r="3.5" fill="{DARK}"/>')
    for i in range(seconds):
        x = cx - 11 * (seconds - 1) / 2 + 11 * i
        def on(t):
            for h0, h1 in holds:
                if h0 + (i + 1) * (h1 - h0) / seconds - 0.01 <= t <= h1 + 0.51:
                    return 1.0
            return 0.3
        vals = [on(t) for t in ts]
        out.append(f'<circle cx="{num(x)}" cy="{cy + 36}" r="4" fill="{DARK}">'
                   f'{d.anim("opacity", "opacity", vals, num)}</circle>')
    return "<g>" + "".join(out) + "</g>"


def arrow(path, head, color=CORAL):
    return (f'<path d="{path}" fill="none" stroke="{LIGHT}" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>'
            f'<path d="{path}" fill="none" stroke="{color}" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>'
            f'<path d="{head}" fill="{LIGHT}" stroke="{LIGHT}" stroke-width="12" stroke-linejoin="round"/>'
            f'<path d="{head}" fill="{color}" stroke="{color}" stroke-width="4" stroke-linejoin="round"/>')


def svg(d, body, key_poses):
    keys = " ".join(f"{k:g}s" for k in key_poses)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 360" width="480" height="360" '
            f'data-key-poses="{keys}">\n  <title>{d.title}</title>\n  '
            f'<!-- drawn by tools/moving_figures.py: edit the script, not this file -->\n  '
            + "\n  ".join(body) + "\n</svg>\n")


def ik(hip, ankle, bend=1, THIGH=THIGH, SHIN=SHIN):
    """First and second joint angles (this figure's convention) putting the end of a two-part limb
    starting at `hip` at `ankle` (a leg, or with arm lengths an arm)."""
    dx, dy = ankle[0] - hip[0], ankle[1] - hip[1]
    dist = min(math.hypot(dx, dy), THIGH + SHIN - 0.5)
    cos_knee = (THIGH ** 2 + SHIN ** 2 - dist ** 2) / (2 * THIGH * SHIN)
    knee = 180 - math.degrees(math.acos(max(-1, min(1, cos_knee))))
    cos_a = (THIGH ** 2 + dist ** 2 - SHIN ** 2) / (2 * THIGH * dist)
    a = math.degrees(math.acos(max(-1, min(1, cos_a))))
    # angle of hip->ankle measured like a limb (0 = straight down, + = towards -x)
    direct = math.degrees(math.atan2(-dx, dy))
    return direct - bend * a, bend * knee


# ---- the drawings --------------------------------------------------------------------------------

def arm_ik(shoulder, hand, bend=1):
    return ik(shoulder, hand, bend, UPPER_ARM, FOREARM + 8)


def hold_timeline(start, end, hold=5.0, before=1.0, move=1.5, after=1.0):
    """Start, move, hold, move back, rest; also the hold's start and end (the end is the key pose
    printed: the figure at its end position and the stopwatch full)."""
    t1 = before + move
    t2 = t1 + hold
    t3 = t2 + move
    return [(0, start), (before, start), (t1, end), (t2, end), (t3, start), (t3 + after, start)], t1, t2


def ground(x1, x2, y=322):
    return f'<path d="M{x1} {y} H{x2}" fill="none" stroke="{LIGHT}" stroke-width="8" stroke-linecap="round"/>'


def chair_side(x, seat_y=250, facing=1):
    """A chair seen from the side, its back on the left of a figure facing right."""
    back = x - 40 * facing
    return (f'<path d="M{back} {seat_y + 8} V{seat_y + 66} M{x + 36 * facing} {seat_y + 8} V{seat_y + 66}" fill="none" '
            f'stroke="{DARK}" stroke-width="5" stroke-linecap="round"/>'
            f'<rect x="{min(back, x + 40 * facing) - 4}" y="{seat_y}" width="88" height="12" rx="5" fill="{LIGHT}" '
            f'stroke="{DARK}" stroke-width="5"/>'
            f'<rect x="{back - 10}" y="{seat_y - 96}" width="18" height="104" rx="7" fill="{LIGHT}" stroke="{DARK}" '
            f'stroke-width="5"/>')


def chair_front(x, seat_y=250):
    """A chair seen from the front: its back behind the figure, the seat, two legs."""
    return (f'<rect x="{x - 44}" y="{seat_y - 110}" width="88" height="112" rx="9" fill="{LIGHT}" stroke="{DARK}" '
            f'stroke-width="5"/>'
            f'<path d="M{x - 48} {seat_y + 10} V{seat_y + 66} M{x + 48} {seat_y + 10} V{seat_y + 66}" fill="none" '
            f'stroke="{DARK}" stroke-width="5" stroke-linecap="round"/>'
            f'<rect x="{x - 56}" y="{seat_y}" width="112" height="14" rx="6" fill="{LIGHT}" stroke="{DARK}" '
            f'stroke-width="5"/>')


def chin_tuck():
    stand = {"root": (216, 190), "hip1": -2, "hip2": 2, "sh1": 4, "sh2": -4,
             "el1": -12, "el2": -14}
    start = dict(stand, neck=8, head=-6)
    end = dict(stand, neck=-14, head=42)
    keys, t1, t2 = hold_timeline(start, end)
    d = Drawing("Chin tuck", keys, view="side", face="side", key_poses=(0, t2))
    body = [ground(110, 340),
            "<!-- the figure, standing relaxed: the neck glides back and the chin tucks down towards the chest -->",
            figure(d),
            "<!-- the chin moves down towards the chest -->",
            arrow("M280 28 A70 70 0 0 1 292 108", "M282 126 L282 98 L306 112 Z"),
            "<!-- hold: the face fills over five seconds, one dot a second -->",
            stopwatch(d, 392, 70, t1, t2, 5)]
    return d, body


def shoulder_blade_squeeze():
    stand = {"root": (210, 190), "hip1": 3, "hip2": -3}
    start = dict(stand, sh1pos=(-32, 4), sh2pos=(32, 4), sh1=6, el1=-2, sh2=-6, el2=2, wr1=0, wr2=0,
                 blade1=(0, 0), blade2=(0, 0))
    end = dict(stand, sh1pos=(-27, 4), sh2pos=(27, 4), sh1=-7, el1=12, sh2=7, el2=-12,
               blade1=(9, 0), blade2=(-9, 0))
    keys, t1, t2 = hold_timeline(start, end)
    d = Drawing("Shoulder blade squeeze", keys, view="back", face="none", key_poses=(0, t2))
    blade1 = '<path d="M194 102 L168 102 Q172 134 187 158 Z" fill="#A7D3C7" stroke="#A7D3C7" stroke-width="8" stroke-linejoin="round"/>'
    blade2 = '<path d="M226 102 L252 102 Q248 134 233 158 Z" fill="#A7D3C7" stroke="#A7D3C7" stroke-width="8" stroke-linejoin="round"/>'
    body = [ground(90, 330),
            "<!-- seen from behind: the shoulder blades (pale) glide together towards the spine -->",
            figure(d),
            d.move("blade1", blade1), d.move("blade2", blade2),
            "<!-- squeeze toward the spine -->",
            arrow("M104 126 L150 126", "M172 126 L147 112 L147 140 Z"),
            arrow("M316 126 L270 126", "M248 126 L273 140 L273 112 Z"),
            stopwatch(d, 392, 70, t1, t2, 5)]
    return d, body


def seated_spinal_twist():
    sit = {"root": (230, 238), "hip1": 40, "hip2": -40, "kn1": -36, "kn2": 36}
    start = dict(sit, sh1pos=(-32, 4), sh2pos=(32, 4), sh1=6, el1=-22, sh2=-6, el2=22, look=(0, 0))
    a1 = arm_ik((-24, -88), (-64, 4), 1)
    a2 = arm_ik((12, -88), (-22, 8), -1)
    right = dict(sit, sh1pos=(-24, 4), sh2pos=(12, 4), sh1=a1[0], el1=a1[1], sh2=a2[0], el2=a2[1], look=(-10, 0))
    b1 = arm_ik((-12, -88), (22, 8), 1)
    b2 = arm_ik((24, -88), (64, 4), -1)
    left = dict(sit, sh1pos=(-12, 4), sh2pos=(24, 4), sh1=b1[0], el1=b1[1], sh2=b2[0], el2=b2[1], look=(10, 0))
    # the arrow shows the way the body turns: to its right (the viewer's left) first, then to its left
    start, right, left = dict(start, way_r=1.0, way_l=0.0), dict(right, way_r=1.0, way_l=0.0), dict(left, way_r=0.0, way_l=1.0)
    middle = dict(start, way_r=0.0, way_l=1.0)
    keys = [(0, start), (0.5, start), (2, right), (7, right), (8.5, middle), (10, left), (15, left), (16.5, start),
            (17, start)]
    d = Drawing("Seated spinal twist", keys, view="front", face="front", key_poses=(0, 7, 15))
    d.thigh = 0.25
    body = [ground(100, 360),
            "<!-- sitting on the front of the seat, feet flat: the upper body turns to one side, a hand pulling the"
            " opposite knee, then to the other -->",
            chair_front(230, 238),
            figure(d),
            d.fade("way_r", arrow("M300 150 Q230 182 160 150", "M146 140 L172 138 L160 162 Z")),
            d.fade("way_l", arrow("M160 150 Q230 182 300 150", "M314 140 L288 138 L300 162 Z")),
            stopwatch(d, 392, 70, 2, 7, 5, more=[(10, 15)])]
    return d, body


def self_massage():
    ankle = (286, 308)
    def pose(hip_y, ball):
        hip = (236, hip_y)
        h1, k1 = ik(hip, (ankle[0] - 2, ankle[1]))
        h2, k2 = ik(hip, (ankle[0] + 4, ankle[1]))
        return {"root": hip, "trunk": -12, "hip1": h1, "kn1": k1, "hip2": h2, "kn2": k2, "sh1": 4, "el1": -14,
                "sh2": 0, "el2": -18, "neck": -2, "head": 4, "ball": ball}
    up, down = pose(182, (0, 0)), pose(204, (0, 11))
    keys = [(0, up), (1.5, dict(up, ball=(0, 5))), (3, down), (4.5, dict(down, ball=(0, 5))), (6, up)]
    d = Drawing("Self-massage", keys, view="side", face="side", key_poses=(0, 3))
    ball = (f'<circle cx="204" cy="118" r="13" fill="{CORAL}" stroke="{DARK}" stroke-width="5"/>')
    body = [ground(130, 360),
            f'<rect x="150" y="30" width="40" height="292" rx="6" fill="{LIGHT}" stroke="{DARK}" stroke-width="5"/>',
            "<!-- back against a wall with a massage ball between: bending the knees a little rolls the ball over"
            " the sore spot -->",
            figure(d),
            d.move("ball", ball),
            arrow("M176 72 A24 24 0 1 0 172 164", "M160 172 L186 170 L170 150 Z")]
    return d, body


def foam_rolling():
    ankle = (388, 280)
    def pose(x):
        hip = (x, 244)
        h1, k1 = ik(hip, (ankle[0] - 3, ankle[1]), 1)
        h2, k2 = ik(hip, (ankle[0] + 3, ankle[1]), 1)
        return {"root": hip, "trunk": -78, "hip1": h1, "kn1": k1, "hip2": h2, "kn2": k2, "an1": 0, "an2": 0,
                "sh1": 4, "el1": -30, "sh2": -4, "el2": -24, "neck": -6, "head": -4,
                "roller": ((x - 300) / 2, 0), "spin": (x - 300) * 2.4}
    a, b = pose(300), pose(330)
    keys = [(0, a), (3, b), (6, a)]
    d = Drawing("Foam rolling", keys, view="side", face="side", key_poses=(0, 3))
    roller = d.move("roller", f'<circle cx="214" cy="266" r="24" fill="{LIGHT}" stroke="{DARK}" stroke-width="6"/>'
                    + f'<g transform="translate(214 266)">' + d.rot("spin", f'<circle cx="0" cy="-12" r="5" fill="{DARK}"/>')
                    + '</g>')
    body = [ground(40, 440),
            "<!-- lying on a foam roller under the upper back, feet on the floor: the legs push the body slowly"
            " forward and back over the roller -->",
            roller,
            figure(d),
            arrow("M214 160 L318 160", "M340 160 L315 146 L315 174 Z"),
            f'<path d="M192 160 L217 174 L217 146 Z" fill="{LIGHT}" stroke="{LIGHT}" stroke-width="12" stroke-linejoin="round"/>'
            f'<path d="M192 160 L217 174 L217 146 Z" fill="{CORAL}" stroke="{CORAL}" stroke-width="4" stroke-linejoin="round"/>']
    return d, body


def deep_breathing():
    sit = {"root": (240, 238), "hip1": 40, "hip2": -40, "kn1": -36, "kn2": 36, "sh1pos": (-32, 4), "sh2pos": (32, 4)}
    h1 = arm_ik((-32, -88), (-6, -34), -1)
    h2 = arm_ik((32, -88), (6, -34), 1)
    out = dict(sit, sh1=h1[0], el1=h1[1], sh2=h2[0], el2=h2[1], rise=(0, 0), belly=0.75, inhale=0.0, exhale=1.0)
    full = dict(out, rise=(0, -4), belly=1.15, inhale=1.0, exhale=0.0)
    # the loop starts empty with the breath coming in (the arrow to the nose), fills, and at its fullest the
    # breath goes out (the arrow from the mouth): the two key poses printed, "breathe in" then "breathe out"
    empty = dict(out, inhale=1.0, exhale=0.0)
    keys = [(0, empty), (4, full), (4.5, dict(full, inhale=0.0, exhale=1.0)), (9, out), (9.5, empty), (10, empty)]
    d = Drawing("Deep breathing", keys, view="front", face="closed", key_poses=(0, 4.5))
    d.thigh = 0.25
    belly = ('<g transform="translate(240 196)">' + d.scale("belly", f'<ellipse cx="0" cy="0" rx="30" ry="26" fill="{PALE}"/>')
             + '</g>')
    body = [ground(110, 370),
            chair_front(240, 238),
            "<!-- sitting comfortably: the belly (pale) fills as the breath comes in through the nose, and empties"
            " slowly out through the mouth -->",
            belly,
            figure(d),
            d.fade("inhale", arrow("M330 70 Q296 72 278 86", "M262 98 L270 74 L288 92 Z")),
            d.fade("exhale", arrow("M276 116 Q304 112 326 122", "M346 130 L322 134 L330 110 Z"))]
    return d, body


def breathing_meditation():
    legs = {"root": (240, 262), "hip1": 76, "kn1": -152, "an1": -10, "hip2": -76, "kn2": 152, "an2": 10,
            "sh1pos": (-32, 4), "sh2pos": (32, 4)}
    a1 = arm_ik((-32, -88), (-64, 12), 1)
    a2 = arm_ik((32, -88), (64, 12), -1)
    out = dict(legs, sh1=a1[0], el1=a1[1], sh2=a2[0], el2=a2[1], rise=(0, 0), glow=0.8)
    full = dict(out, rise=(0, -4), glow=1.12)
    keys = [(0, out), (4, full), (4.5, full), (10, out)]
    d = Drawing("Breathing meditation", keys, view="front", face="closed", key_poses=(0, 4))
    glow = ('<g transform="translate(240 150)">' + d.scale("glow", f'<circle cx="0" cy="0" r="118" fill="none" '
            f'stroke="{PALE}" stroke-width="10"/>') + '</g>')
    body = [ground(110, 370),
            "<!-- sitting cross-legged on a cushion, eyes closed: the pale ring grows with each slow breath in and"
            " shrinks with each breath out -->",
            glow,
            f'<rect x="150" y="262" width="180" height="40" rx="20" fill="{LIGHT}" stroke="{DARK}" stroke-width="6"/>',
            figure(d)]
    return d, body


def posture_standing():
    base = {"root": (230, 190), "hip1": -2, "hip2": 2, "el1": -10, "el2": -12}
    slouch = dict(base, trunk=10, neck=26, head=-22, sh1=-6, sh2=-12, line=0.0)
    tall = dict(base, trunk=0, neck=-2, head=6, sh1=4, sh2=-2, line=1.0)
    keys, t1, t2 = hold_timeline(slouch, tall)
    d = Drawing("Posture while standing", keys, view="side", face="side", key_poses=(0, t2))
    plumb = d.fade("line", f'<path d="M228 26 V316" fill="none" stroke="{PALE}" stroke-width="5" stroke-dasharray="12 10" '
                   f'stroke-linecap="round"/>')
    body = [ground(120, 340),
            "<!-- from slumped to tall: weight on both feet, shoulders back and down, chin slightly in; ear, shoulder"
            " and hip line up (pale line) -->",
            figure(d),
            plumb,
            arrow("M318 150 A60 60 0 0 0 296 76", "M288 58 L284 88 L310 78 Z")]
    return d, body


def posture_sitting():
    ankle = (274, 308)
    def legs(hip):
        h1, k1 = ik(hip, (ankle[0] - 2, ankle[1]))
        h2, k2 = ik(hip, (ankle[0] + 2, ankle[1]))
        return {"root": hip, "hip1": h1, "kn1": k1, "hip2": h2, "kn2": k2}
    t1 = arm_ik((0, -88), (88, -44), 1)
    typing = dict(legs((214, 246)), sh1=t1[0] + 4, el1=t1[1], sh2=t1[0], el2=t1[1], neck=0, head=4)
    rising = dict(legs((250, 214)), trunk=24, sh1=-10, el1=-20, sh2=-16, el2=-20, neck=0, head=-6)
    up = dict(legs((270, 191)), trunk=0, sh1=-4, el1=-8, sh2=4, el2=-8, neck=0, head=0)
    stretch = dict(up, sh1=-136, el1=-10, sh2=-148, el2=-8, neck=-4, head=-10)
    keys = [(0, typing), (1.5, typing), (2.5, rising), (3.5, up), (4.5, stretch), (7, stretch), (8, up),
            (9, rising), (10, typing), (11.5, typing)]
    d = Drawing("Posture while sitting", keys, view="side", face="side", key_poses=(0, 5.5))
    chair = ('<g transform="translate(38 0)">'
             f'<path d="M144 274 L144 316 M226 274 L226 316" fill="none" stroke="{DARK}" stroke-width="6" stroke-linecap="round"/>'
             f'<rect x="132" y="262" width="104" height="16" rx="6" fill="{LIGHT}" stroke="{DARK}" stroke-width="6" stroke-linejoin="round"/>'
             f'<path d="M132 268 L132 140 Q132 132 140 132 L150 132 Q158 132 158 140 L158 196 Q170 214 158 232 L158 268 Z" '
             f'fill="{LIGHT}" stroke="{DARK}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/></g>')
    desk = (f'<rect x="296" y="215" width="146" height="14" rx="6" fill="{LIGHT}" stroke="{DARK}" stroke-width="6" stroke-linejoin="round"/>'
            f'<rect x="416" y="225" width="18" height="95" rx="6" fill="{LIGHT}" stroke="{DARK}" stroke-width="6" stroke-linejoin="round"/>'
            f'<rect x="304" y="207" width="40" height="8" rx="3" fill="{LIGHT}" stroke="{DARK}" stroke-width="4" stroke-linejoin="round"/>'
            f'<path d="M370 213 L400 213 M386 211 L386 152" fill="none" stroke="{DARK}" stroke-width="6" stroke-linecap="round"/>'
            f'<path d="M368 96 L384 90 L384 162 L368 156 Z" fill="{PALE}" stroke="{DARK}" stroke-width="6" stroke-linejoin="round"/>'
            f'<rect x="384" y="90" width="12" height="72" rx="4" fill="{LIGHT}" stroke="{DARK}" stroke-width="6" stroke-linejoin="round"/>')
    body = [ground(40, 440),
            "<!-- sitting tall at the desk, back against the lumbar support, feet flat; every 30 minutes a break:"
            " stand up, stretch, sit down again -->",
            chair, desk, figure(d),
            arrow("M128 112 A56 56 0 0 1 198 70", "M218 68 L196 54 L194 82 Z")]
    return d, body


def posture_sleeping():
    """Seen from above: lying on the back, then rolling onto the side with the knees bent, the head
    on the pillow and the spine in line (pale line) in both; and back again."""
    hip = (246, 184)
    back = {"broot": hip, "bbody": -90, "bsh1": 10, "bel1": -8, "bsh2": -10, "bel2": 8, "bhip1": 3, "bhip2": -3,
            "bsq": 1.0, "bshow": 1.0,
            "sroot": hip, "sbody": -90, "shead": 0, "sneck": 0, "ship1": -50, "skn1": 78, "ship2": -58, "skn2": 84,
            "san1": 0, "san2": 0, "ssh1": -84, "sel1": -66, "ssh2": -96, "sel2": -58,
            "ssq": 0.15, "sshow": 0.0}
    # the turn: the figure narrows as it turns away, swaps for the other view in a quarter second while
    # thin (a quick fade: overlapping limbs of a half-transparent figure would show), and widens again
    back_thin = dict(back, bsq=0.15)
    side_thin = dict(back_thin, bshow=0.0, sshow=1.0)
    side = dict(side_thin, ssq=1.0)
    keys = [(0, back), (2.5, back), (3.25, back_thin), (3.5, side_thin), (4.25, side), (8, side), (8.75, side_thin),
            (9, back_thin), (9.75, back), (11, back)]
    d = Drawing("Posture while sleeping", keys, view="front", face="closed", key_poses=(0, 8), slot=0.25)
    d2 = Drawing("Posture while sleeping", keys, view="side", face="asleep", key_poses=(0, 8), slot=0.25)

    def roll(dd, sq, show, inner):
        """Turning about the length of the body: the figure narrows (scaled across its length) and fades."""
        fmt = lambda v: f"1 {num(v)}"
        vals = dd.series(sq)
        a = dd.anim("transform", "scale", vals, fmt)
        return (f'<g transform="translate(0 {hip[1]})"><g transform="scale({fmt(dd.still_value(sq))})">{a}'
                f'<g transform="translate(0 {-hip[1]})">{dd.fade(show, inner)}</g></g></g>')

    bed = (f'<rect x="36" y="64" width="24" height="240" rx="8" fill="{LIGHT}" stroke="{DARK}" stroke-width="6"/>'
           f'<rect x="56" y="78" width="392" height="212" rx="16" fill="{LIGHT}" stroke="{DARK}" stroke-width="6"/>'
           f'<rect x="72" y="122" width="84" height="124" rx="28" fill="{LIGHT}" stroke="{DARK}" stroke-width="6"/>')
    spine = f'<path d="M84 {hip[1]} H{hip[0]}" fill="none" stroke="{PALE}" stroke-width="5" stroke-dasharray="12 10" stroke-linecap="round"/>'
    body = [bed,
            "<!-- seen from above, in bed: lying on the back, then turning onto the side with the knees bent; the"
            " head stays on the pillow and head, neck and spine stay in line (pale line) -->",
            roll(d, "bsq", "bshow", figure(d, "b")),
            roll(d2, "ssq", "sshow", figure(d2, "s")),
            spine,
            "<!-- the turn -->",
            arrow("M400 262 A84 84 0 0 0 404 112", "M394 92 L418 104 L394 120 Z"),
            f'<path d="M404 22 A30 30 0 1 0 430 72 A24 24 0 1 1 404 22 Z" fill="{CORAL}"/>']
    return d, body


DRAWINGS = {"posture-sitting": posture_sitting, "chin-tuck": chin_tuck, "shoulder-blade-squeeze": shoulder_blade_squeeze,
            "seated-spinal-twist": seated_spinal_twist, "self-massage": self_massage, "foam-rolling": foam_rolling,
            "deep-breathing": deep_breathing, "breathing-meditation": breathing_meditation,
            "posture-standing": posture_standing, "posture-sleeping": posture_sleeping}


def main(out_dir):
    for name, make in DRAWINGS.items():
        d, body = make()
        Path(out_dir, name + ".svg").write_text(svg(d, body, d.key_poses))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "media/illustrations")
