"""Makes the EXIF orientation fixtures for ExifOrientationTest with Pillow, independently of the
Java reader: a 64 x 32 grey photograph with a white mark at the top left and a grey mark at the
top right, saved as JPEG with each EXIF orientation 1..8 (Pillow writes little-endian "II" EXIF),
plus a big-endian "MM" variant of orientation 6 built by hand. Pillow's ImageOps.exif_transpose
gives the upright picture; the centroids of both marks in it go to expected.csv.

Run: python3 make_exif_reference.py (needs pillow and numpy)."""
import struct

import numpy as np
from PIL import Image, ImageOps

W, H = 64, 32


def photo():
    a = np.zeros((H, W), dtype=np.uint8)
    a[2:10, 2:18] = 255  # white mark, top left
    a[2:10, 44:52] = 128  # grey mark, top right
    return Image.fromarray(a, mode="L")


def centroids(img):
    a = np.asarray(img.convert("L")).astype(float)
    ys, xs = np.mgrid[0 : a.shape[0], 0 : a.shape[1]]
    white = a > 200
    grey = (a > 90) & (a < 170)
    return (xs[white].mean(), ys[white].mean(), xs[grey].mean(), ys[grey].mean())


def big_endian_exif(orientation):
    # TIFF header "MM", 42, IFD0 at 8; one entry: tag 0x0112, SHORT, count 1, value; next IFD 0.
    tiff = b"MM" + struct.pack(">HI", 42, 8) + struct.pack(">H", 1)
    tiff += struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack(">I", 0)
    return b"Exif\x00\x00" + tiff


rows = ["file,orientation,width,height,white_x,white_y,grey_x,grey_y"]
for orientation in range(1, 9):
    name = f"orientation-{orientation}.jpg"
    exif = Image.Exif()
    exif[0x0112] = orientation
    photo().save(name, quality=95, exif=exif.tobytes())
    upright = ImageOps.exif_transpose(Image.open(name))
    wx, wy, gx, gy = centroids(upright)
    rows.append(f"{name},{orientation},{upright.width},{upright.height},{wx:.3f},{wy:.3f},{gx:.3f},{gy:.3f}")

name = "orientation-6-big-endian.jpg"
photo().save(name, quality=95, exif=big_endian_exif(6))
upright = ImageOps.exif_transpose(Image.open(name))
wx, wy, gx, gy = centroids(upright)
rows.append(f"{name},6,{upright.width},{upright.height},{wx:.3f},{wy:.3f},{gx:.3f},{gy:.3f}")

with open("expected.csv", "w") as f:
    f.write("\n".join(rows) + "\n")
