namespace ThumbnailService.Local.Commands.Run;

/// <summary>The parsed command line of <c>thumbs run</c>; relative folders are resolved against the current directory.</summary>
internal sealed record RunArguments(string ImagesDirectory, string OutDirectory, bool Keep, string BootstrapPath)
{
    public const string Usage =
        "run [--images DIR] [--out DIR] [--keep] [--bootstrap PATH]\n"
        + "      uploads every regular, non-hidden file under DIR (default: samples/ of the repository; README.md skipped)\n"
        + "      to s3://uploads/<path relative to DIR>, waits for each outcome and prints a table;\n"
        + "      writes OUT/<preset>/<path>, OUT/index.html (a gallery), OUT/summary.json and OUT/function.log (default OUT: ./out in the current directory);\n"
        + "      --keep stays up afterwards like `thumbs up` until Ctrl-C; --bootstrap defaults to $THUMBS_BOOTSTRAP;\n"
        + "      exit 0 when every file got a defined outcome, 1 otherwise";

    public static RunArguments Parse(IReadOnlyList<string> arguments, string? bootstrapFromEnvironment, Func<string> defaultImages)
    {
        var options = OptionReader.Parse(arguments, ["--images", "--out", "--bootstrap"], ["--keep"]);
        var images = Path.GetFullPath(options.Value("--images") ?? defaultImages());
        if (!Directory.Exists(images))
        {
            throw new UsageException($"--images '{images}' is not a folder");
        }

        var output = Path.GetFullPath(options.Value("--out") ?? "out");
        if (File.Exists(output))
        {
            throw new UsageException($"--out '{output}' is a file; pass a folder");
        }

        return new RunArguments(images, output, options.Flag("--keep"), options.Bootstrap(bootstrapFromEnvironment));
    }
}
