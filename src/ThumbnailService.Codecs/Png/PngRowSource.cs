using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Advanced;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// Gives an image's rows as PNG bytes (8-bit RGBA or RGB), one at a time and without copying the image: when the
/// pixel type already has the PNG layout (Rgba32 for RGBA, Rgb24 for RGB) a row is the pixel memory itself,
/// otherwise it is converted into one of two alternating buffers, so the previous row stays valid as the prior.
/// </summary>
internal sealed class PngRowSource<TPixel>
    where TPixel : unmanaged, IPixel<TPixel>
{
    private readonly Image<TPixel> _image;
    private readonly bool _direct;
    private readonly byte[][] _buffers;

    public PngRowSource(Image<TPixel> image, bool hasAlpha)
    {
        ArgumentNullException.ThrowIfNull(image);
        _image = image;
        HasAlpha = hasAlpha;
        BytesPerPixel = hasAlpha ? 4 : 3;
        RowBytes = checked(image.Width * BytesPerPixel);
        _direct = hasAlpha ? typeof(TPixel) == typeof(Rgba32) : typeof(TPixel) == typeof(Rgb24);
        _buffers = _direct ? [] : [new byte[RowBytes], new byte[RowBytes]];
    }

    public bool HasAlpha { get; }

    public int BytesPerPixel { get; }

    public int RowBytes { get; }

    public int Height => _image.Height;

    /// <summary>Row <paramref name="y"/> as PNG bytes; valid until <c>Row(y + 2)</c> is asked for.</summary>
    public ReadOnlySpan<byte> Row(int y)
    {
        Span<TPixel> pixels = _image.DangerousGetPixelRowMemory(y).Span;
        if (_direct)
        {
            return MemoryMarshal.AsBytes(pixels);
        }

        Span<byte> row = _buffers[y & 1];
        PixelOperations<TPixel> operations = PixelOperations<TPixel>.Instance;
        if (HasAlpha)
        {
            operations.ToRgba32(_image.GetConfiguration(), pixels, MemoryMarshal.Cast<byte, Rgba32>(row));
        }
        else
        {
            operations.ToRgb24(_image.GetConfiguration(), pixels, MemoryMarshal.Cast<byte, Rgb24>(row));
        }

        return row;
    }
}
