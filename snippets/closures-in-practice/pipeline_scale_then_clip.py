from collections.abc import Callable

Transform = Callable[[float], float]


def pipeline(*steps: Transform) -> Transform:
    def run(value: float) -> float:
        for step in steps:
            value = step(value)
        return value

    return run


def scaler(mean: float, std: float) -> Transform:
    def scale(x: float) -> float:
        return (x - mean) / std

    return scale


def clipper(low: float, high: float) -> Transform:
    def clip(x: float) -> float:
        return max(low, min(x, high))

    return clip


readings = [30, 90, 120, 150, 400]
scale = scaler(mean=120, std=30)
candidates = {
    "scale, then clip to 0..255": pipeline(scale, clipper(0.0, 255.0)),
    "clip to 0..255, then scale": pipeline(clipper(0.0, 255.0), scale),
    "scale, then clip to -3..3": pipeline(scale, clipper(-3.0, 3.0)),
}
for label, transform in candidates.items():
    print(f"{label:<27} {[round(transform(x), 2) for x in readings]}")
    #> scale, then clip to 0..255  [0.0, 0.0, 0.0, 1.0, 9.33]
    #> clip to 0..255, then scale  [-3.0, -1.0, 0.0, 1.0, 4.5]
    #> scale, then clip to -3..3   [-3.0, -1.0, 0.0, 1.0, 3.0]
