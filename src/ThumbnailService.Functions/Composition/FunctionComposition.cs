using ThumbnailService.Codecs;
using ThumbnailService.Codecs.Heif;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing;
using ThumbnailService.Functions.Handlers;
using ThumbnailService.Functions.Metrics;
using ThumbnailService.Aws;
using ThumbnailService.Aws.Storage;
using ThumbnailService.LambdaRuntime;
using ThumbnailService.LambdaRuntime.Invocations;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.Functions.Composition;

/// <summary>The composition root: reads and validates configuration once, builds one S3 client and one pipeline, wires by hand.</summary>
internal static class FunctionComposition
{
    /// <exception cref="InvalidConfigurationException">Every configuration problem, in one message (the init error).</exception>
    public static InvocationHandler Initialize(ILambdaLogger logger, Func<string, string?> getVariable)
    {
        var problems = new List<string>();
        var function = getVariable(RuntimeEnvironmentVariables.Handler)?.Trim() ?? string.Empty;
        if (!FunctionNames.All.Contains(function, StringComparer.Ordinal))
        {
            problems.Add($"{RuntimeEnvironmentVariables.Handler} is '{function}': valid values are {string.Join(", ", FunctionNames.All)}.");
        }

        if (S3ClientFactory.Region(getVariable) is null && S3ClientFactory.Endpoint(getVariable) is null)
        {
            problems.Add("AWS_REGION is not set: Lambda sets it; for local runs set it or AWS_ENDPOINT_URL_S3.");
        }

        ThumbnailOptions? options = null;
        try
        {
            options = ThumbnailOptionsParser.Parse(getVariable);
        }
        catch (InvalidConfigurationException exception)
        {
            problems.AddRange(exception.Problems);
        }

        if (problems.Count > 0)
        {
            throw new InvalidConfigurationException(problems);
        }

        ImageSharpAot.Prepare();
        var store = new S3ObjectStore(S3ClientFactory.Create(getVariable));
        var processor = new ThumbnailProcessor(store, options!, HeifCodecs.Pipeline(options!.Pipeline, StandardCodecs.All), TimeProvider.System);
        ISourceEventHandler handler = function == FunctionNames.Thumbnail
            ? new ThumbnailSourceHandler(processor, logger, new EmbeddedMetrics(Console.Out, TimeProvider.System, function))
            : new CleanupSourceHandler(processor, logger);
        logger.Log(LogLevel.Debug, $"Initialized function '{function}' writing to bucket '{options.ThumbnailBucket}'.");
        return new EventDispatcher(handler, logger).HandleAsync;
    }
}
