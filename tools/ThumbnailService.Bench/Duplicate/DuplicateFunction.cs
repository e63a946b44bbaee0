using ThumbnailService.Aws;
using System.Text;
using System.Text.Json;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Bench.Duplicate;

/// <summary>
/// One Lambda sandbox of the duplicate bench: a warm <c>bootstrap</c> process under its own Runtime API emulator. Each
/// invocation must succeed with exactly the expected outcome (and reason), or the bench stops.
/// </summary>
internal sealed class DuplicateFunction : IAsyncDisposable
{
    private readonly RuntimeApiEmulator _emulator;

    private DuplicateFunction(string name, RuntimeApiEmulator emulator)
    {
        Name = name;
        _emulator = emulator;
    }

    /// <summary>"main" or "other": which sandbox, for error messages.</summary>
    public string Name { get; }

    /// <param name="functionLog">Receives the function's log and START/END/REPORT lines; null discards them.</param>
    public static async Task<DuplicateFunction> StartAsync(
        string name, string bootstrapPath, IReadOnlyDictionary<string, string> environment, TextWriter? functionLog, CancellationToken cancellationToken)
    {
        var emulator = await RuntimeApiEmulator.StartAsync(
            new EmulatorOptions
            {
                FunctionName = "ThumbnailFunction",
                Timeout = TimeSpan.FromSeconds(60),
                MemorySizeMb = 1024,
                LogSink = functionLog,
                FunctionProcess = new FunctionProcessOptions(bootstrapPath) { Handler = FunctionNames.Thumbnail, Environment = environment },
            },
            cancellationToken);
        return new DuplicateFunction(name, emulator);
    }

    /// <summary>Invokes <paramref name="payload"/> and returns the invocation's duration (dispatch to response).</summary>
    public async Task<TimeSpan> InvokeAsync(byte[] payload, string key, DuplicateOutcome expected, CancellationToken cancellationToken)
    {
        var result = await _emulator.InvokeAsync(payload, null, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"the {Name} sandbox failed on {key}: {result.ErrorType} {result.ErrorMessage}");
        }

        var outcomes = Outcomes(result.Response);
        return outcomes.Count == 1 && outcomes[0] == expected
            ? result.Duration
            : throw new InvalidOperationException(
                $"{key}: expected {expected} from the {Name} sandbox, it answered {Encoding.UTF8.GetString(result.Response.Span)}");
    }

    public ValueTask DisposeAsync() => _emulator.DisposeAsync();

    /// <summary>
    /// The outcome and reason of each source object in a direct invocation's response
    /// (<c>{"results":[{"outcome":...,"reason":...}]}</c>); the reason is null when absent.
    /// </summary>
    internal static IReadOnlyList<DuplicateOutcome> Outcomes(ReadOnlyMemory<byte> response)
    {
        using var document = JsonDocument.Parse(response);
        return document.RootElement.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array
            ? results.EnumerateArray().Select(r => new DuplicateOutcome(Text(r, "outcome") ?? "", Text(r, "reason"))).ToArray()
            : [];
    }

    private static string? Text(JsonElement result, string name) =>
        result.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
