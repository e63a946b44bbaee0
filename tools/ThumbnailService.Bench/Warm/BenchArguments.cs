using System.Globalization;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.Bench.Warm;

/// <summary>The options of <c>thumbs bench</c>.</summary>
internal sealed record BenchArguments(
    string? ImagesFolder,
    int Runs,
    string JsonPath,
    IReadOnlyList<string> Tools,
    bool Cold,
    bool NoCorpus,
    string? Bootstrap,
    bool FunctionLog = false,
    bool Duplicate = false)
{
    public static readonly IReadOnlyList<string> KnownTools = ["ours", "sharp", "vips", "magick", "ours-aot-cold"];

    public static BenchArguments Parse(IReadOnlyList<string> arguments)
    {
        var options = OptionReader.Parse(arguments, ["--images", "--runs", "--json", "--tools", "--bootstrap"], ["--cold", "--duplicate", "--no-corpus", "--function-log"]);
        var (cold, duplicate) = Mode(options);
        var runs = options.Value("--runs") is { } text ? ParseRuns(text) : 7;
        var tools = (options.Value("--tools") ?? string.Join(',', KnownTools))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tools.FirstOrDefault(t => !KnownTools.Contains(t)) is { } unknown)
        {
            throw new UsageException($"--tools: unknown tool '{unknown}' (known: {string.Join(", ", KnownTools)})");
        }

        var images = options.Value("--images");
        if (images is not null && !Directory.Exists(images))
        {
            throw new UsageException($"--images '{images}' is not a folder");
        }

        if (options.Flag("--no-corpus") && images is null)
        {
            throw new UsageException("--no-corpus needs --images DIR");
        }

        var json = options.Value("--json") ?? (cold ? "bench-cold.json" : duplicate ? "bench-duplicate.json" : "bench-results.json");
        return new BenchArguments(images, runs, json, tools, cold, options.Flag("--no-corpus"), options.Value("--bootstrap"), options.Flag("--function-log"), duplicate);
    }

    /// <summary>--cold and --duplicate each pick a bench of their own; both at once is a usage error.</summary>
    private static (bool Cold, bool Duplicate) Mode(OptionReader options) =>
        options.Flag("--cold") && options.Flag("--duplicate")
            ? throw new UsageException("--cold and --duplicate are separate benches: pass one of them")
            : (options.Flag("--cold"), options.Flag("--duplicate"));

    private static int ParseRuns(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs is >= 1 and <= 1000
            ? runs
            : throw new UsageException($"--runs '{text}' must be a whole number from 1 to 1000");
}
