import mindspore as ms

for d in (ms.float16, ms.float32, ms.float64, ms.bfloat16, ms.int8, ms.int16, ms.int32, ms.int64,
          ms.uint8, ms.uint16, ms.uint32, ms.uint64, ms.bool_, ms.complex64, ms.complex128):
    print(d, repr(d), str(d))
