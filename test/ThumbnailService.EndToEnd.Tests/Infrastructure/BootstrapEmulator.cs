using ThumbnailService.Local.Emulator;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>Starts a Runtime API emulator that owns a real bootstrap process with the given handler and environment.</summary>
internal static class BootstrapEmulator
{
    public const int MemorySizeMb = 512;

    public static async Task<RuntimeApiEmulator> StartAsync(
        string handler, IReadOnlyDictionary<string, string> environment, TimeSpan? timeout = null, TextWriter? log = null)
    {
        var bootstrap = await BootstrapBinary.EnsureAsync();
        return await RuntimeApiEmulator.StartAsync(new EmulatorOptions
        {
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
            MemorySizeMb = MemorySizeMb,
            LogSink = log,
            FunctionProcess = new FunctionProcessOptions(bootstrap) { Handler = handler, Environment = environment, LogFormat = "JSON" },
        });
    }

    public static Dictionary<string, string> Environment(string s3Endpoint) => new()
    {
        ["THUMBNAIL_BUCKET"] = "thumbnails",
        ["AWS_ENDPOINT_URL_S3"] = s3Endpoint,
        ["AWS_ACCESS_KEY_ID"] = "S3RVER",
        ["AWS_SECRET_ACCESS_KEY"] = "S3RVER",
        ["AWS_REGION"] = "us-east-1",
    };
}
