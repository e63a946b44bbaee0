using ThumbnailService.Local.Queue;
using ThumbnailService.TestSupport.Deployment;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure.Moto;

/// <summary>
/// The stack with <c>QueueRoute=true</c>: ThumbnailQueue and ThumbnailDeadLetterQueue made in moto from their resolved template
/// properties (a visibility timeout of a few seconds by parameter, so redelivery is quick; maxReceiveCount and batch size
/// as the template has them), the source bucket's ObjectCreated notifications sent to ThumbnailQueue, and a
/// <see cref="QueuePoller"/> with the template's event source mapping settings that polls as ThumbnailFunction's role.
/// A <see cref="FaultProxy"/> stands between the functions and moto.
/// </summary>
public sealed class MotoQueueFixture : MotoStackFixture
{
    public const string VisibilityTimeoutSeconds = "5";

    private FaultProxy? _proxy;
    private Amazon.SQS.AmazonSQSClient? _pollerSqs;

    internal FaultProxy Proxy => _proxy ?? throw new InvalidOperationException("not started");
    internal QueuePoller Poller { get; private set; } = null!;
    internal string QueueUrl => Template.Inputs.References["ThumbnailQueue"];
    internal string DeadLetterQueueUrl => Template.Inputs.References["ThumbnailDeadLetterQueue"];

    protected override IReadOnlyDictionary<string, string> Parameters => new Dictionary<string, string>(base.Parameters)
    {
        ["NamePrefix"] = "motoqueue",
        ["QueueRoute"] = "true",
        ["QueueVisibilityTimeout"] = VisibilityTimeoutSeconds,
    };

    protected override bool RouteSourceEvents => false;

    protected override string FunctionS3Endpoint => Proxy.Endpoint;

    /// <summary>Polls ThumbnailQueue into the thumbnail function until the returned loop is disposed.</summary>
    internal BackgroundLoop StartPolling() => new(Poller.RunAsync);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _pollerSqs?.Dispose();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
    }

    private protected override async Task<TemplateInputs> PrepareInputsAsync(TemplateInputs inputs)
    {
        _proxy = new FaultProxy(Moto.Endpoint.Port);
        var prefix = inputs.Parameters["NamePrefix"];
        var names = new[] { "ThumbnailDeadLetterQueue", "ThumbnailQueue" }; // the dead-letter queue first: the other names it
        var attributes = new Dictionary<string, string>();
        var references = new Dictionary<string, string>();
        foreach (var id in names)
        {
            var name = $"{prefix}-{id}";
            attributes[$"{id}.Arn"] = $"arn:aws:sqs:{inputs.Region}:{inputs.AccountId}:{name}";
            attributes[$"{id}.QueueName"] = name;
        }

        var prepared = inputs with { Attributes = attributes, References = references };
        var resolver = new TemplateResolver(SamTemplate.Load(), prepared);
        foreach (var id in names)
        {
            var properties = resolver.Resolve(resolver.Template.Resource(id).Get("Properties"))!.AsObject();
            var (url, arn) = await MotoQueues.CreateAsync(Sqs, attributes[$"{id}.QueueName"], MotoQueues.Attributes(properties));
            references[id] = url;
            Assert.Equal(attributes[$"{id}.Arn"], arn);
        }

        return prepared;
    }

    protected override async Task StartedAsync()
    {
        var arn = Template.Inputs.Attributes["ThumbnailQueue.Arn"];
        await MotoQueues.NotifyAsync(S3, SourceBucket, arn, ["s3:ObjectCreated:*"]);
        var mapping = Template.Template.Resource("ThumbnailQueueEventSource").Get("Properties");
        _pollerSqs = Moto.CreateSqsClient(Roles[RoleName("ThumbnailFunction")]); // the mapping polls with the function's role
        Poller = new QueuePoller(
            _pollerSqs,
            new QueuePollerOptions
            {
                QueueUrl = QueueUrl,
                QueueArn = arn,
                BatchSize = int.Parse(Template.Text(mapping.Get("BatchSize")!), System.Globalization.CultureInfo.InvariantCulture),
                ReportBatchItemFailures = Template.Resolve(mapping.Get("FunctionResponseTypes"))!.AsArray().Any(type => type!.ToString() == "ReportBatchItemFailures"),
                WaitTimeSeconds = 1,
            },
            (payload, token) => Function("thumbnail").InvokeAsync(payload, null, token));
    }
}
