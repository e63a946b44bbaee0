using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.EndToEnd.Tests.Routes;

/// <summary>Every sample in events/ goes through the real bootstrap as `./thumbs invoke` (or `sam local invoke`) sends it.</summary>
public sealed class SampleEventTests : IDisposable
{
    private readonly FakeS3 _s3 = new();

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryLayout.Root, "events"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public void Dispose() => _s3.Dispose();

    [RequiresTheory("make")]
    [MemberData(nameof(Samples))]
    public async Task Invoke_SampleEvent_AcceptedByItsFunction(string file)
    {
        var handler = file.Contains("delete", StringComparison.Ordinal) ? "cleanup" : "thumbnail";
        await using var emulator = await BootstrapEmulator.StartAsync(handler, BootstrapEmulator.Environment(_s3.Endpoint));

        var result = await emulator.InvokeAsync(await File.ReadAllBytesAsync(Path.Combine(RepositoryLayout.Root, "events", file)));

        if (file == "not-an-event.json")
        {
            Assert.Equal(InvocationStatus.FunctionError, result.Status);
            Assert.Equal("UnrecognizedEventException", result.ErrorType);
        }
        else
        {
            Assert.True(result.Succeeded, $"{file}: {result.ErrorType}: {result.ErrorMessage}");
        }
    }
}
