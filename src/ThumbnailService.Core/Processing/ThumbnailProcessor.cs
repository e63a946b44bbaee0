using System.Text;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing.Manifests;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing;

/// <summary>
/// Makes the thumbnail bucket show one source's current state, safe to repeat: HEAD the planned outputs and the source
/// together; when the source is gone, delete its thumbnails; when they already record its current version, do nothing;
/// otherwise GET that version, render, and PUT only the outputs that are missing or stale. Every write or delete is
/// followed by another look at the source, so a writer racing with an upload or a delete never leaves the wrong state
/// last; a state that could not be reached (a delete refused, a source that keeps changing) fails the invocation.
/// An event this process has already finished is recognised (<see cref="CompletedEventMemo"/>) and costs no S3 request.
/// With manifests on, an event whose ETag (and version id) the source's manifest already records costs one HEAD (the
/// manifest, written only after every thumbnail of that version); a missing or stale manifest falls back to the full
/// check, which also writes it. Removals delete the manifest after the thumbnails.
/// </summary>
public sealed class ThumbnailProcessor(IObjectStore store, ThumbnailOptions options, ImagePipeline pipeline, TimeProvider time)
{
    private const int MaxRounds = 3;
    private const int MaxKeyBytes = 1024;
    private const int CompletedEventCapacity = 4096;
    private readonly OutputPlanner _planner = new(options);
    private readonly SnapshotReader _reader = new(store, options);
    private readonly OutputRemover _remover = new(store, options);
    private readonly ThumbnailWriter _writer = new(store, options, pipeline);
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

        var plan = _planner.Plan(source.Bucket, source.Key);
        var outcome = Refuse(source, plan) ?? await ReconcileAsync(source, plan, metrics, cancellationToken);
        if (outcome is ThumbnailOutcome.Created or ThumbnailOutcome.AlreadyDone)
        {
            _completed.Add(source);
        }

        return new ThumbnailResult(source, outcome, metrics);
    }

    /// <summary>Decisions from the event alone, before any S3 call.</summary>
    private ThumbnailOutcome? Refuse(SourceObject source, IReadOnlyList<PlannedOutput> plan)
    {
        if (source.Key.EndsWith('/'))
        {
            return new ThumbnailOutcome.Skipped(SkipReason.Folder);
        }

        if (_planner.IsOutput(source.Bucket, source.Key))
        {
            return new ThumbnailOutcome.Skipped(SkipReason.OwnOutput);
        }

        if (!_planner.ServesBucket(source.Bucket))
        {
            return new ThumbnailOutcome.Rejected(
                RejectionReason.UnconfiguredBucket,
                $"Bucket '{source.Bucket}' is not in {ConfigurationVariables.SourceBuckets} ({string.Join(",", options.SourceBuckets)}): add it there, or stop sending its events here.");
        }

        // S3 would answer 400 KeyTooLongError to every HEAD and PUT: a fault retried until the failure destination.
        var keys = plan.Select(output => (Name: $"thumbnail key '{output.Preset.Name}/...'", output.Key))
            .Append(_planner.PlanManifest(source.Bucket, source.Key) is { } manifest ? (Name: "manifest key", manifest.Key) : (Name: "", Key: ""));
        var tooLong = keys.FirstOrDefault(key => Encoding.UTF8.GetByteCount(key.Key) > MaxKeyBytes);
        return tooLong.Key is null ? null : new ThumbnailOutcome.Rejected(
            RejectionReason.KeyTooLong,
            $"The {tooLong.Name} would be {Encoding.UTF8.GetByteCount(tooLong.Key)} bytes; S3 allows {MaxKeyBytes} (UTF-8). Shorten the source key, the preset name, {ConfigurationVariables.KeyPrefix} or {ConfigurationVariables.ManifestPrefix}.");
    }

    private async Task<ThumbnailOutcome> ReconcileAsync(SourceObject source, IReadOnlyList<PlannedOutput> plan, ProcessingMetrics metrics, CancellationToken cancellationToken)
    {
        var clock = new StageClock(time, metrics);
        var manifest = _planner.PlanManifest(source.Bucket, source.Key);
        ObjectHead? knownManifest = null;
        bool manifestKnown = false;
        if (manifest is not null && SourceVersion.OfEvent(source) is { } named)
        {
            knownManifest = await _reader.ManifestHeadAsync(manifest, metrics, cancellationToken);
            manifestKnown = true;
            if (ManifestState.IsCurrent(manifest, knownManifest, named))
            {
                clock.Lap(Stages.Check);
                return new ThumbnailOutcome.AlreadyDone();
            }
        }

        ThumbnailOutcome.Created? overtaken = null;
        for (var round = 1; round <= MaxRounds; round++)
        {
            overtaken = null;
            bool reuse = round == 1 && manifestKnown; // its HEAD was just taken: the fallback HEADs only the outputs and the source
            var snapshot = await _reader.ReadAsync(source, plan, reuse ? null : manifest, metrics, cancellationToken);
            snapshot = reuse ? snapshot with { Manifest = knownManifest } : snapshot;
            clock.Lap(Stages.Check);
            if (snapshot.Version is not { } version)
            {
                var removed = await _remover.RemoveAsync(plan, snapshot.Outputs, keep: null, cancellationToken);
                var manifestRemoved = await _remover.RemoveManifestAsync(manifest, snapshot.Manifest, cancellationToken);
                if ((removed == 0 && !manifestRemoved) || await _reader.SourceVersionAsync(source, metrics, cancellationToken) is null)
                {
                    return new ThumbnailOutcome.SourceGone { Removed = removed };
                }

                continue; // re-uploaded while its thumbnails were being deleted: make them again
            }

            if (OutputState.Stale(plan, snapshot.Outputs, version).Count == 0
                && (manifest is null || ManifestState.IsCurrent(manifest, snapshot.Manifest, version)))
            {
                return new ThumbnailOutcome.AlreadyDone();
            }

            switch (await _writer.WriteAsync(source, version, plan, snapshot, manifest, metrics, clock, cancellationToken))
            {
                case null:
                    continue; // gone between HEAD and GET: the next round deletes what it left
                case ThumbnailOutcome.Rejected { Version: { } refused } rejected:
                    // Thumbnails of an older version must not stand in for a version we refuse (a photo replaced by a non-image).
                    var removedOutputs = await _remover.RemoveAsync(plan, snapshot.Outputs, refused, cancellationToken);
                    var removedManifest = await _remover.RemoveManifestAsync(manifest, snapshot.Manifest, cancellationToken);
                    if ((removedOutputs == 0 && !removedManifest)
                        || await _reader.SourceVersionAsync(source, metrics, cancellationToken) == refused)
                    {
                        return rejected;
                    }

                    continue; // a newer version arrived while they were deleted
                case ThumbnailOutcome.Created created:
                    var now = await _reader.SourceVersionAsync(source, metrics, cancellationToken);
                    if (now == created.Version)
                    {
                        return created;
                    }

                    // Overwritten (render the newer version) or deleted (delete what was just written) meanwhile.
                    overtaken = now is null ? null : created;
                    continue;
                case var settled:
                    return settled;
            }
        }

        // A source overwritten during every round: the newest upload's own event finishes the job. Anything else
        // (deleted after a write, back after a delete) is a state not known to be right: fail, so the retry reconciles.
        return overtaken ?? throw new SourceKeepsChangingException(
            $"s3://{source.Bucket}/{source.Key} changed after its thumbnails were changed, {MaxRounds} times in a row; failing so the retry reconciles again.");
    }
}
