using System.Text.Json.Nodes;
using ThumbnailService.Local;
using ThumbnailService.Local.Moto;
using ThumbnailService.TestSupport.Deployment;

namespace ThumbnailService.EndToEnd.Tests.Deployment;

/// <summary>Runs tools/moto/deploy.py once against its own moto (as the admin) and keeps its JSON report.</summary>
public sealed class StackDeploymentFixture : IAsyncLifetime
{
    public static readonly IReadOnlyDictionary<string, string> Parameters = new Dictionary<string, string>
    {
        ["NamePrefix"] = "deploytest",
        ["QueueRoute"] = "true",
    };

    internal JsonObject Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using var moto = await MotoHost.StartAsync(new MotoHostOptions(), CancellationToken.None);
        var environment = moto.Admin.Environment();
        environment["AWS_DEFAULT_REGION"] = MotoHost.Region;
        var json = await MotoPython.RunAsync(
            moto.Python,
            [Path.Combine(RepositoryLayout.MotoToolsDirectory, "deploy.py"), RepositoryRoot.File("template.yaml"), moto.Endpoint.AbsoluteUri,
                .. Parameters.Select(p => $"{p.Key}={p.Value}")],
            null,
            environment,
            CancellationToken.None);
        Report = JsonNode.Parse(json)!.AsObject();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
