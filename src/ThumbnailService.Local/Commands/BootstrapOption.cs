namespace ThumbnailService.Local.Commands;

/// <summary>Which <c>bootstrap</c> binary a command runs.</summary>
internal static class BootstrapOption
{
    /// <summary>The <c>--bootstrap</c> value, else <c>THUMBS_BOOTSTRAP</c>; the file must exist.</summary>
    public static string Bootstrap(this OptionReader options, string? fromEnvironment)
    {
        var path = options.Value("--bootstrap") ?? fromEnvironment;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException($"no bootstrap binary: pass --bootstrap PATH or set {InvokeArguments.BootstrapVariable} (the ./thumbs script sets it)");
        }

        return File.Exists(path)
            ? Path.GetFullPath(path)
            : throw new UsageException($"bootstrap '{path}' does not exist: build it first, or fix --bootstrap / {InvokeArguments.BootstrapVariable}");
    }
}
