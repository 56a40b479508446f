print(1, 2.5, -0.0, 0.1 + 0.2, 1 / 3, 2 / 2, 1e16, 1e15, 1e-5, 0.0001, 123456789.123)
print(True, False, None, "text", 'it\'s')
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1, 7.5 // 2, -7.5 % 2)
print(3 * 1.5, 10 - 2.25, 1 + True, 3 * "ab", [0] * 3)
x = 10
x += 5
x -= 3
x *= 2
x /= 4
print(x)
print(repr("a'b"), repr('a"b'), repr("line\nbreak"), str(3.0), str(None))
print(int(3.9), int(-3.9), float(2), int("42"), float("1.5"), bool(0), bool([1]))
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), abs(-3), abs(-2.5))
print(min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3]), sum([0.5, 0.25]), len("hello"))
