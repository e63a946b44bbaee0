namespace ThumbnailService.Bench.Cold;

/// <summary>Our AOT <c>bootstrap</c>, first image in a fresh process, through the emulator and the local S3 (includes S3 get and put).</summary>
internal sealed class ColdTool(ColdSandbox sandbox, string bootstrapPath) : IBenchTool
{
    public string Name => "ours-aot-cold";

    public string Note => "fresh AOT bootstrap per run: exec to response posted, S3 get/put on the local S3 included; no CPU figure";

    public Task<Measurement> RunAsync(BenchJob job, CancellationToken cancellationToken) => sandbox.RunAsync(bootstrapPath, job, cancellationToken);

    public async ValueTask DisposeAsync() => await sandbox.DisposeAsync();
}
