a = [1, 2, 3, 4, 5]
print(a[0], a[-1], a[1:3], a[:2], a[3:], a[::2], a[::-1], a[-2:])
a.append(6)
a[0] = 10
print(a, len(a))
b = a + [7]
print(b)
t = (1, "two", 3.0)
print(t, t[1], len(t), (5,), ())
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
nested = [[1, 2], [3, 4]]
print(nested[1][0], nested)
print([], [[]], [None, True])
print(3 in a, 99 in a, 99 not in a)
print(a.pop(), a.index(3), a.count(2))
a.insert(1, 99)
print(a)
print(list(range(5)), tuple([1, 2]), list((3, 4)))
