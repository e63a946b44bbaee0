using ThumbnailService.Codecs;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing;
using ThumbnailService.Aws.Events;
using ThumbnailService.Functions.Handlers;
using ThumbnailService.Functions.Metrics;
using ThumbnailService.Aws.Storage;
using ThumbnailService.Functions.Tests.TestDoubles;

namespace ThumbnailService.Functions.Tests.Deployment;

/// <summary>
/// Each handler runs through the situations it meets (new, duplicate, versioned, deleted while writing, re-uploaded,
/// replaced); the S3 requests it really made, mapped by <see cref="S3ActionTable"/>, must be granted by its policy in
/// template.yaml, and every S3 action that policy grants must be used by one of them (least privilege).
/// </summary>
public sealed class FunctionPolicyCoverageTests
{
    private const string Existing = "legacy-photos";

    public static TheoryData<string, string> Functions => new()
    {
        { "ThumbnailFunction", "" },
        { "CleanupFunction", "" },
        { "ThumbnailFunction", Existing },
        { "CleanupFunction", Existing },
    };

    [Theory]
    [MemberData(nameof(Functions))]
    public async Task Requests_EveryScenario_AreGrantedByTheFunctionsPolicy(string functionId, string existingBucket)
    {
        var (policy, requests) = await RunScenariosAsync(functionId, existingBucket);

        Assert.NotEmpty(requests);
        Assert.All(requests, request =>
        {
            var needed = S3ActionTable.For(request.Call);
            Assert.True(policy.Allows(needed.ObjectAction, $"arn:aws:s3:::{request.Bucket}/{request.Key}"), $"{functionId}: {request} needs {needed.ObjectAction}");
            Assert.True(needed.BucketAction is null || policy.Allows(needed.BucketAction, $"arn:aws:s3:::{request.Bucket}"), $"{functionId}: {request} needs {needed.BucketAction}");
        });
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public async Task Policy_EveryS3Grant_IsUsedByTheFunction(string functionId, string existingBucket)
    {
        var (policy, requests) = await RunScenariosAsync(functionId, existingBucket);
        var used = requests.SelectMany(request =>
        {
            var needed = S3ActionTable.For(request.Call);
            return new[] { (needed.ObjectAction, $"arn:aws:s3:::{request.Bucket}/{request.Key}"), (needed.BucketAction, $"arn:aws:s3:::{request.Bucket}") };
        }).ToList();

        Assert.All(policy.Grants.Where(grant => grant.Action.StartsWith("s3:", StringComparison.Ordinal)), grant =>
            Assert.True(used.Any(use => use.Item1 == grant.Action && IamPolicy.Matches(grant.Resource, use.Item2)), $"{functionId} is granted {grant.Action} on {grant.Resource} but never uses it"));
    }

    [Fact]
    public void For_GetWithVersionId_NeedsGetObjectVersionNotGetObject() =>
        Assert.Equal(new S3Permissions("s3:GetObjectVersion", "s3:ListBucket"), S3ActionTable.For(S3Call.GetVersion));

    private static async Task<(IamPolicy Policy, List<(S3Call Call, string Bucket, string Key)> Requests)> RunScenariosAsync(string functionId, string existingBucket)
    {
        var resolver = new TemplateResolver(SamTemplate.Load(), new TemplateInputs
        {
            Parameters = new Dictionary<string, string> { ["NamePrefix"] = "policy-test", ["ExistingSourceBucketName"] = existingBucket },
        });
        var environment = ResolvedFunction.Environment(resolver, functionId);
        environment[ConfigurationVariables.Presets] = "large:32x32,small:8x8:cover";
        var options = ThumbnailOptionsParser.Parse(name => environment.GetValueOrDefault(name));
        var memory = new InMemoryObjectStore();
        var store = new RecordingObjectStore(memory);
        var clock = new ManualTimeProvider();
        var processor = new ThumbnailProcessor(store, options, StandardCodecs.Pipeline(options.Pipeline), clock);
        ISourceEventHandler handler = ResolvedFunction.Handler(resolver, functionId) == "thumbnail"
            ? new ThumbnailSourceHandler(processor, new RecordingLogger(), new EmbeddedMetrics(TextWriter.Null, clock, "thumbnail"))
            : new CleanupSourceHandler(processor, new RecordingLogger());
        var kind = handler is CleanupSourceHandler ? EventKind.Removed : EventKind.Created;
        foreach (var bucket in options.SourceBuckets)
        {
            await new Scenarios(memory, handler, kind, bucket).RunAsync();
        }

        return (new IamPolicy(ResolvedFunction.PolicyDocuments(resolver, functionId)), store.Requests.ToList());
    }

    /// <summary>The situations one source bucket's objects meet, each on its own key, unversioned then versioned.</summary>
    private sealed class Scenarios(InMemoryObjectStore store, ISourceEventHandler handler, EventKind kind, string bucket)
    {
        public async Task RunAsync()
        {
            await HandleAsync("new.jpg", Jpeg(40, 20));
            await HandleAsync("new.jpg", null); // a duplicate
            await HandleAsync("replaced.jpg", Jpeg(40, 20));
            await HandleAsync("replaced.jpg", Encoding.UTF8.GetBytes("<html>no longer an image</html>"));
            store.BeforePut = _ => store.Remove(bucket, "deleted while writing.jpg");
            await HandleAsync("deleted while writing.jpg", Jpeg(40, 20), thenRemove: kind == EventKind.Removed);
            store.BeforePut = null;
            store.VersionedBuckets.Add(bucket);
            await HandleAsync("versioned.jpg", Jpeg(40, 20));
            await HandleAsync("versioned.jpg", Jpeg(20, 40));
        }

        /// <summary>Stores <paramref name="body"/> (if any) and delivers this handler's kind of event for the key.</summary>
        private async Task HandleAsync(string key, byte[]? body, bool thenRemove = false)
        {
            if (body is not null)
            {
                store.SeedVersion(bucket, key, body);
            }

            if (thenRemove)
            {
                store.Remove(bucket, key);
            }

            await handler.HandleAsync(new SourceEvent(kind, kind == EventKind.Removed ? "ObjectRemoved:Delete" : "ObjectCreated:Put", new SourceObject(bucket, key)), CancellationToken.None);
        }

        private static byte[] Jpeg(int width, int height)
        {
            using var image = new Image<Rgb24>(width, height, new Rgb24(200, 40, 40));
            using var buffer = new MemoryStream();
            image.Save(buffer, new JpegEncoder());
            return buffer.ToArray();
        }
    }
}
