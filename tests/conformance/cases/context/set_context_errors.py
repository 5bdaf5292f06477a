import mindspore as ms

for kw in (dict(device_target="Foo"), dict(mode=5), dict(mode="graph"), dict(device_target="CPU"),
           dict(mode=ms.PYNATIVE_MODE)):
    try:
        ms.set_context(**kw)
        print(kw, "ok", ms.get_context("device_target"), ms.get_context("mode"))
    except Exception as e:
        print(kw, "ERR", type(e).__name__, str(e).splitlines()[0])
try:
    ms.get_context("no_such_key")
except Exception as e:
    print("ERR", type(e).__name__, str(e).splitlines()[0])
print(ms.GRAPH_MODE, ms.PYNATIVE_MODE)
