using System.Text;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing;

/// <summary>
/// One source object -> its thumbnails, safe to repeat: HEAD the planned outputs first and do nothing when they already
/// record this source version; otherwise GET, render, and PUT only the outputs that are missing or stale. After writing,
/// the source is checked again, so that a writer racing with a newer upload (or a delete) cannot leave stale thumbnails last.
/// An event this process has already finished is recognised (<see cref="CompletedEventMemo"/>) and costs no S3 request.
/// </summary>
public sealed class ThumbnailProcessor(IObjectStore store, ThumbnailOptions options, ImagePipeline pipeline, TimeProvider time)
{
    private const int MaxAttempts = 3;
    private const int MaxKeyBytes = 1024;
    private const int CompletedEventCapacity = 4096;
    private readonly OutputPlanner _planner = new(options);
    private readonly WriteVerifier _verifier = new(store, options);
    private readonly CompletedEventMemo _completed = new(CompletedEventCapacity);

    public OutputPlanner Planner => _planner;

    public async Task<ThumbnailResult> ProcessAsync(SourceObject source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var metrics = new ProcessingMetrics();
        if (_completed.Contains(source))
        {
            return new ThumbnailResult(source, new ThumbnailOutcome.AlreadyDone { DuplicateEvent = true }, metrics);
        }

        var result = await ProcessOnceAsync(source, metrics, cancellationToken);
        if (result.Outcome is ThumbnailOutcome.Created or ThumbnailOutcome.AlreadyDone)
        {
            _completed.Add(source);
        }

        return result;
    }

    private async Task<ThumbnailResult> ProcessOnceAsync(SourceObject source, ProcessingMetrics metrics, CancellationToken cancellationToken)
    {
        var clock = new StageClock(time, metrics);
        var current = source;
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await DecideAsync(current, metrics, clock, cancellationToken);
            if (outcome is not ThumbnailOutcome.Created created)
            {
                return new ThumbnailResult(source, outcome, metrics);
            }

            var verdict = await _verifier.VerifyAsync(current, created, metrics, cancellationToken);
            if (verdict != WriteVerdict.SourceChanged || attempt == MaxAttempts)
            {
                // After MaxAttempts the source keeps changing: the newest upload's own event finishes the job.
                return new ThumbnailResult(source, verdict == WriteVerdict.SourceGone ? new ThumbnailOutcome.SourceGone() : created, metrics);
            }

            current = current with { ETag = null };
        }
    }

    private async Task<ThumbnailOutcome> DecideAsync(SourceObject source, ProcessingMetrics metrics, StageClock clock, CancellationToken cancellationToken)
    {
        if (source.Key.EndsWith('/'))
        {
            return new ThumbnailOutcome.Skipped(SkipReason.Folder);
        }

        if (_planner.IsOutput(source.Bucket, source.Key))
        {
            return new ThumbnailOutcome.Skipped(SkipReason.OwnOutput);
        }

        var plan = _planner.Plan(source.Key);
        if (plan.FirstOrDefault(output => Encoding.UTF8.GetByteCount(output.Key) > MaxKeyBytes) is { } tooLong)
        {
            // S3 would answer 400 KeyTooLongError to every HEAD and PUT: a fault retried until the failure destination.
            return new ThumbnailOutcome.Rejected(
                RejectionReason.KeyTooLong,
                $"The thumbnail key '{tooLong.Preset.Name}/...' would be {Encoding.UTF8.GetByteCount(tooLong.Key)} bytes; S3 allows {MaxKeyBytes} (UTF-8). Shorten the source key, the preset name or {ConfigurationVariables.KeyPrefix}.");
        }

        var heads = await Task.WhenAll(plan.Select(output => store.HeadAsync(options.ThumbnailBucket, output.Key, cancellationToken)));
        metrics.Heads += plan.Count;
        clock.Lap("check");
        if (source.ETag is { } eventETag && StaleOutputs(plan, heads, eventETag).Count == 0)
        {
            return new ThumbnailOutcome.AlreadyDone();
        }

        await using var download = await store.GetAsync(source.Bucket, source.Key, cancellationToken);
        metrics.Gets++;
        if (download is null)
        {
            return new ThumbnailOutcome.SourceGone();
        }

        // The object may have changed since the event: what matters is the version we are reading now.
        var stale = StaleOutputs(plan, heads, download.ETag);
        if (stale.Count == 0)
        {
            return new ThumbnailOutcome.AlreadyDone();
        }

        return await RenderAndStoreAsync(download, stale, metrics, clock, cancellationToken);
    }

    private async Task<ThumbnailOutcome> RenderAndStoreAsync(
        ObjectDownload download, IReadOnlyList<PlannedOutput> stale, ProcessingMetrics metrics, StageClock clock, CancellationToken cancellationToken)
    {
        if (download.ContentLength > options.MaxSourceBytes)
        {
            return new ThumbnailOutcome.Rejected(
                RejectionReason.TooManyBytes,
                $"The object is {download.ContentLength} bytes; the limit ({ConfigurationVariables.MaxBytes}) is {options.MaxSourceBytes}.");
        }

        if (download.ContentLength == 0)
        {
            return new ThumbnailOutcome.Rejected(RejectionReason.Empty, "The object has no bytes.");
        }

        using var body = await SourceBody.ReadAsync(download, cancellationToken);
        metrics.BytesIn = body.Length;
        clock.Lap("download");

        var rendered = pipeline.Render(body, cancellationToken);
        clock.Lap("render");
        if (rendered is RenderOutcome.Rejected rejected)
        {
            return new ThumbnailOutcome.Rejected(rejected.Reason, rejected.Detail);
        }

        var result = (RenderOutcome.Rendered)rendered;
        metrics.SourceWidth = result.Source.Width;
        metrics.SourceHeight = result.Source.Height;
        metrics.SourceFormat = result.Source.Format;
        var written = await Task.WhenAll(stale.Select(output =>
            StoreAsync(output, result.Thumbnails.Single(t => t.Preset == output.Preset), download.ETag, cancellationToken)));
        metrics.Puts += written.Length;
        metrics.BytesOut = written.Sum(w => w.Bytes);
        clock.Lap("upload");
        return new ThumbnailOutcome.Created(written) { SourceETag = download.ETag };
    }

    private async Task<WrittenOutput> StoreAsync(PlannedOutput output, RenderedThumbnail thumbnail, string sourceETag, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ThumbnailMetadata.SourceETag] = sourceETag,
            [ThumbnailMetadata.Fingerprint] = output.Fingerprint,
            [ThumbnailMetadata.Width] = thumbnail.Width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [ThumbnailMetadata.Height] = thumbnail.Height.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var upload = new ObjectUpload(options.ThumbnailBucket, output.Key, thumbnail.Bytes, thumbnail.ContentType, options.CacheControl, metadata);
        await store.PutAsync(upload, cancellationToken);
        return new WrittenOutput(output.Preset.Name, output.Key, thumbnail.Width, thumbnail.Height, thumbnail.ContentType, thumbnail.Bytes.Length);
    }

    private static List<PlannedOutput> StaleOutputs(IReadOnlyList<PlannedOutput> plan, ObjectHead?[] heads, string sourceETag) =>
        plan.Where((output, i) => !IsCurrent(output, heads[i], sourceETag)).ToList();

    private static bool IsCurrent(PlannedOutput output, ObjectHead? head, string sourceETag) =>
        head is not null
        && head.Metadata.TryGetValue(ThumbnailMetadata.SourceETag, out var recorded) && recorded == sourceETag
        && head.Metadata.TryGetValue(ThumbnailMetadata.Fingerprint, out var fingerprint) && fingerprint == output.Fingerprint;
}
