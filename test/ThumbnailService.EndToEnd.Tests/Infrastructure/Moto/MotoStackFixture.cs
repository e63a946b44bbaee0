using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Local.Moto;
using ThumbnailService.Local.Pipeline;
using ThumbnailService.TestSupport.Deployment;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure.Moto;

/// <summary>
/// template.yaml deployed by hand into its own moto process with authentication on: the buckets it names (plus a neighbour
/// bucket the functions must not reach), one IAM role per function whose inline policies are the template's own
/// <c>Policies</c> resolved for these parameters, and each function's real <c>bootstrap</c> under the Runtime API emulator with
/// the template's environment and that role's credentials. With <see cref="RouteSourceEvents"/>, the source bucket's
/// notifications reach the functions as S3 would invoke them (through a tap queue, since moto cannot invoke our function).
/// Derived fixtures change parameters, add queues (<see cref="PrepareInputsAsync"/>) or version the source bucket.
/// </summary>
public class MotoStackFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string Presets = "large:96x96:inside,small:24x24:cover";

    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _background = [];
    private readonly Dictionary<string, RuntimeApiEmulator> _functions = new(StringComparer.Ordinal);
    private MotoHost? _moto;

    internal MotoHost Moto => _moto ?? throw new InvalidOperationException("not started");
    internal TemplateResolver Template { get; private set; } = null!;
    internal IReadOnlyDictionary<string, MotoCredentials> Roles { get; private set; } = null!;

    /// <summary>Admin clients (Allow *:*): set-up and reading back, never the function's view.</summary>
    internal AmazonS3Client S3 { get; private set; } = null!;
    internal AmazonSQSClient Sqs { get; private set; } = null!;

    internal string SourceBucket => BucketName("SourceBucket");
    internal string ThumbnailBucket => BucketName("ThumbnailBucket");
    internal string NeighbourBucket => $"{Template.Parameter("NamePrefix")}-neighbour-{Template.Inputs.AccountId}";

    /// <summary>Each routed source event with its final result (after the retries S3's asynchronous invocation allows).</summary>
    internal InvocationJournal<RoutedInvocation> Journal { get; } = new();
    internal SynchronizedLog FunctionLog { get; } = new();

    /// <summary>Parameter values for this stack; a derived fixture adds to these.</summary>
    protected virtual IReadOnlyDictionary<string, string> Parameters => new Dictionary<string, string>
    {
        ["NamePrefix"] = "motoe2e",
        ["Presets"] = Presets,
        ["Timeout"] = "20",
    };

    /// <summary>Hook: create the source bucket with versioning enabled.</summary>
    protected virtual bool VersionedSourceBucket => false;

    /// <summary>Whether the source bucket's ObjectCreated/ObjectRemoved events invoke the functions directly, as S3's notifications do.</summary>
    protected virtual bool RouteSourceEvents => true;

    /// <summary>The S3 endpoint the functions use (a derived fixture may put a proxy in front of moto).</summary>
    protected virtual string FunctionS3Endpoint => Moto.Endpoint.AbsoluteUri.TrimEnd('/');

    public async Task InitializeAsync()
    {
        var bootstrap = await BootstrapBinary.EnsureAsync();
        _moto = await MotoHost.StartAsync(new MotoHostOptions(), CancellationToken.None);
        S3 = Moto.CreateS3Client(Moto.Admin);
        Sqs = Moto.CreateSqsClient(Moto.Admin);
        Template = new TemplateResolver(SamTemplate.Load(), await PrepareInputsAsync(new TemplateInputs { Parameters = Parameters }));
        await CreateBucketsAsync();
        Roles = await Moto.CreateRolesAsync(Template.Template.FunctionIds.Select(Role), CancellationToken.None);
        foreach (var functionId in Template.Template.FunctionIds)
        {
            _functions[ResolvedFunction.Handler(Template, functionId)] = await StartFunctionAsync(functionId, bootstrap);
        }

        if (RouteSourceEvents)
        {
            await RouteSourceEventsAsync(bootstrap);
        }

        await StartedAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_background).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var function in _functions.Values)
        {
            await function.DisposeAsync();
        }

        S3?.Dispose();
        Sqs?.Dispose();
        if (_moto is not null)
        {
            await _moto.DisposeAsync();
        }

        _stopping.Dispose();
    }

    ValueTask IAsyncDisposable.DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return new(DisposeAsync());
    }

    /// <summary>The running function whose template Handler is <paramref name="handler"/> (<c>thumbnail</c>, <c>cleanup</c>).</summary>
    internal RuntimeApiEmulator Function(string handler) => _functions[handler];

    /// <summary>Hook: delivers an event JSON (any route's shape) to the function of <paramref name="handler"/>, as Lambda would invoke it.</summary>
    internal Task<InvocationResult> InvokeAsync(string handler, string eventJson) =>
        Function(handler).InvokeAsync(Encoding.UTF8.GetBytes(eventJson));

    /// <summary>Another sandbox (new bootstrap process) of a function, as Lambda starts when it scales out.</summary>
    internal async Task<RuntimeApiEmulator> StartSandboxAsync(string functionId) =>
        await StartFunctionAsync(functionId, await BootstrapBinary.EnsureAsync());

    /// <summary>An S3 client with a function's own credentials: what its role may and may not do.</summary>
    internal AmazonS3Client FunctionS3(string functionId) => Moto.CreateS3Client(Roles[RoleName(functionId)]);

    internal static string RoleName(string functionId) => functionId + "Role";

    /// <summary>Hook: create what the template's <c>!GetAtt</c>/<c>!Ref</c> of resources need (queues) and return the inputs with their values.</summary>
    private protected virtual Task<TemplateInputs> PrepareInputsAsync(TemplateInputs inputs) => Task.FromResult(inputs);

    /// <summary>Hook: runs once everything is up (a derived fixture starts its pollers).</summary>
    protected virtual Task StartedAsync() => Task.CompletedTask;

    protected void RunInBackground(Func<CancellationToken, Task> work) => _background.Add(Task.Run(() => work(_stopping.Token)));

    private string BucketName(string logicalId) => Template.Text(Template.Template.Resource(logicalId).At("Properties", "BucketName")!);

    private MotoRole Role(string functionId) => new(
        RoleName(functionId),
        ResolvedFunction.PolicyDocuments(Template, functionId)
            .Select((document, index) => (Name: $"{RoleName(functionId)}Policy{index}", Json: document.ToJsonString()))
            .ToDictionary(policy => policy.Name, policy => policy.Json));

    private async Task CreateBucketsAsync()
    {
        foreach (var bucket in new[] { SourceBucket, ThumbnailBucket, NeighbourBucket })
        {
            await S3.PutBucketAsync(bucket);
        }

        if (VersionedSourceBucket)
        {
            await S3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = SourceBucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
            });
        }
    }

    private Task<RuntimeApiEmulator> StartFunctionAsync(string functionId, string bootstrap)
    {
        var environment = ResolvedFunction.Environment(Template, functionId);
        foreach (var (name, value) in Moto.FunctionEnvironment(Roles[RoleName(functionId)]))
        {
            environment[name] = value;
        }

        environment["AWS_ENDPOINT_URL_S3"] = FunctionS3Endpoint;
        return RuntimeApiEmulator.StartAsync(new EmulatorOptions
        {
            FunctionName = functionId,
            Timeout = TimeSpan.FromSeconds(ResolvedFunction.Number(Template, functionId, "Timeout")),
            MemorySizeMb = ResolvedFunction.Number(Template, functionId, "MemorySize"),
            LogSink = FunctionLog,
            FunctionProcess = new FunctionProcessOptions(bootstrap)
            {
                Handler = ResolvedFunction.Handler(Template, functionId),
                Environment = environment,
                LogFormat = "JSON",
            },
        });
    }

    private async Task RouteSourceEventsAsync(string bootstrap)
    {
        var tap = await MotoQueues.CreateAsync(Sqs, $"{Template.Parameter("NamePrefix")}-source-events", new Dictionary<string, string>());
        await MotoQueues.NotifyAsync(S3, SourceBucket, tap.Arn, ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"]);
        var events = Channel.CreateUnbounded<string>();
        var router = new EventRouter(Function("thumbnail"), Function("cleanup"), new LocalPipelineOptions { BootstrapPath = bootstrap, RetryDelay = TimeSpan.FromMilliseconds(200) }, Journal);
        RunInBackground(token => new MotoEventTap(Sqs, tap.Url).RunAsync(events.Writer, token));
        RunInBackground(token => router.RunAsync(events.Reader, token));
    }
}
