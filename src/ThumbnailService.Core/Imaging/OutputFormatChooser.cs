namespace ThumbnailService.Core.Imaging;

/// <summary>Maps the configured policy and what the source is to the output format.</summary>
internal static class OutputFormatChooser
{
    public static OutputKind Choose(OutputFormatPolicy policy, string sourceFormat, bool hasAlpha) => policy switch
    {
        OutputFormatPolicy.Jpeg => OutputKind.Jpeg,
        OutputFormatPolicy.Png => OutputKind.Png,
        OutputFormatPolicy.WebP => OutputKind.WebP,
        _ when !hasAlpha => OutputKind.Jpeg,
        _ when sourceFormat == "webp" => OutputKind.WebP,
        _ => OutputKind.Png,
    };

    public static string ContentType(OutputKind kind) => kind switch
    {
        OutputKind.Jpeg => "image/jpeg",
        OutputKind.Png => "image/png",
        _ => "image/webp",
    };
}
