using System.Globalization;

namespace ThumbnailService.Bench.Lambda;

/// <summary>The options of <c>thumbs bench --lambda</c>.</summary>
internal sealed record LambdaArguments(
    IReadOnlyList<int> MemoryMb,
    int Runs,
    int ColdRuns,
    string JsonPath,
    string? Bootstrap,
    string CgroupRoot,
    bool FunctionLog)
{
    public const string Flag = "--lambda";

    public const string Usage =
        "bench --lambda [--memory MB,MB,... (256,512,1024,1536,1769,2048,3008)] [--runs N (5)] [--cold-runs N (3)] [--json FILE (bench-lambda.json)] "
        + "[--bootstrap PATH (or $THUMBS_BOOTSTRAP)] [--cgroup-root DIR (/sys/fs/cgroup)] [--function-log]";

    public static IReadOnlyList<int> DefaultMemoryMb { get; } = [256, 512, 1024, 1536, 1769, 2048, 3008];

    /// <summary>True when the arguments ask for the Lambda bench (the bench command routes them here).</summary>
    public static bool Requested(IReadOnlyList<string> arguments) => arguments?.Contains(Flag) ?? false;

    /// <param name="machineCores">Cores of this machine: a setting needing more vCPU than that cannot be reproduced.</param>
    public static LambdaArguments Parse(IReadOnlyList<string> arguments, int machineCores)
    {
        var options = OptionReader.Parse(
            arguments, ["--memory", "--runs", "--cold-runs", "--json", "--bootstrap", "--cgroup-root"], [Flag, "--function-log"]);
        var memory = options.Value("--memory") is { } list ? ParseMemory(list) : DefaultMemoryMb;
        if (memory.FirstOrDefault(m => m > LambdaCpu.LargestReproducibleMb(machineCores)) is var tooLarge and > 0)
        {
            throw new UsageException(FormattableString.Invariant(
                $"--memory {tooLarge} MB is {LambdaCpu.Vcpus(tooLarge):0.00} vCPU and this machine has {machineCores} cores: settings up to {LambdaCpu.LargestReproducibleMb(machineCores)} MB can be reproduced (pass --memory)"));
        }

        return new LambdaArguments(
            memory,
            Count(options.Value("--runs"), "--runs", 5),
            Count(options.Value("--cold-runs"), "--cold-runs", 3),
            options.Value("--json") ?? "bench-lambda.json",
            options.Value("--bootstrap"),
            options.Value("--cgroup-root") ?? "/sys/fs/cgroup",
            options.Flag("--function-log"));
    }

    private static int[] ParseMemory(string text)
    {
        var values = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = values.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var mb) && mb is >= 128 and <= 10240 ? mb : 0).ToArray();
        if (values.Length == 0 || parsed.Contains(0))
        {
            throw new UsageException($"--memory '{text}' must be Lambda memory settings in MB, 128 to 10240, comma-separated");
        }

        return parsed.Distinct().Order().ToArray();
    }

    private static int Count(string? text, string option, int fallback) =>
        text is null ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs is >= 1 and <= 100 ? runs
        : throw new UsageException($"{option} '{text}' must be a whole number from 1 to 100");
}
