for v in [-2, 0, 3]:
    if v < 0:
        print(v, "negative")
    elif v == 0:
        print(v, "zero")
    else:
        print(v, "positive")
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "a" != "b", None is None, 1 is not None)
print(True and False, True or False, not True, 0 or "default", 3 and 4, [] or [1])
print("big" if 10 > 5 else "small", "yes" if 0 else "no")
x = 7
if x % 2 == 1 and x > 5:
    print("odd and big")
if not x == 3:
    print("not three")
