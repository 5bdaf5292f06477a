import mindspore as ms
from mindspore import dtype as mstype

print(ms.float32 == mstype.float32, ms.dtype.int64 == ms.int64)
print(ms.float32 == ms.float64, ms.float32 != ms.float16)
print(ms.float == ms.float32, ms.half == ms.float16, ms.double == ms.float64)
print(ms.int_ == ms.int64, ms.single == ms.float32)
print(mstype.float32, mstype.bool_)
print(hash(ms.float32) == hash(mstype.float32))
print({ms.float32: "f"}[mstype.float32])
