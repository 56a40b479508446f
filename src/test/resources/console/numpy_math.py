import numpy as np
data = [-1, -2, 1, 2]
print(np.abs(data), np.sin(data), np.mean(data), np.sum(data))
m = [[1, 2], [3, 4]]
print(np.matmul(m, m))
a = np.array(m)
print(a.dot(a), np.dot(a, a))
print(a + 1, a * 2, a / 2, a - a, a * a)
print(a + np.array([10, 20]))
print(np.mean(a), a.mean(), a.sum(), a.T)
v = np.array([1.0, 2.0, 3.0])
print(v.dot(v), np.dot(v, v), np.sin(v), np.mean(v))
print(np.cos(np.array([0.0, 1.0])), np.exp(np.array([1.0])), np.sqrt(np.array([2.0])))
