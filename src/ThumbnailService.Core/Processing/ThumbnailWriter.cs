using System.Globalization;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing.Manifests;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing;

/// <summary>
/// Reads one source version (pinned by version id in a versioned bucket), renders it once, and PUTs the outputs that
/// do not record that version yet, each with the metadata that makes the next event for it cheap; then, when manifests
/// are on and it does not record that version yet, the manifest, last. A manifest of another version or other settings
/// is deleted before any output is replaced, so a manifest never describes thumbnails that are no longer there.
/// </summary>
internal sealed class ThumbnailWriter(IObjectStore store, ThumbnailOptions options, ImagePipeline pipeline)
{
    private readonly ManifestWriter _manifests = new(store, options);

    /// <returns>Created or Rejected; null when the source (or that version) no longer exists.</returns>
    public async Task<ThumbnailOutcome?> WriteAsync(
        SourceObject source, SourceVersion version, IReadOnlyList<PlannedOutput> plan, SourceSnapshot snapshot, PlannedManifest? manifest,
        ProcessingMetrics metrics, StageClock clock, CancellationToken cancellationToken)
    {
        var heads = snapshot.Outputs;
        await using var download = await store.GetAsync(source.Bucket, source.Key, version.VersionId, cancellationToken);
        metrics.Gets++;
        if (download is null)
        {
            return null;
        }

        // Unversioned buckets cannot pin the read: what counts is the version the GET returned.
        var read = SourceVersion.Of(download);
        var stale = OutputState.Stale(plan, heads, read);
        bool manifestDue = manifest is not null && !ManifestState.IsCurrent(manifest, snapshot.Manifest, read);
        if (stale.Count == 0 && !manifestDue)
        {
            return new ThumbnailOutcome.AlreadyDone();
        }

        if (Refuse(download) is { } refused)
        {
            return refused with { Version = read };
        }

        using var body = await SourceBody.ReadAsync(download, cancellationToken);
        metrics.BytesIn = body.Length;
        clock.Lap(Stages.Download);
        var rendered = pipeline.Render(body, cancellationToken);
        clock.Lap(Stages.Render);
        if (rendered is RenderOutcome.Rejected rejected)
        {
            return new ThumbnailOutcome.Rejected(rejected.Reason, rejected.Detail) { Version = read };
        }

        var result = (RenderOutcome.Rendered)rendered;
        metrics.SourceWidth = result.Source.Width;
        metrics.SourceHeight = result.Source.Height;
        metrics.SourceFormat = result.Source.Format;
        if (manifestDue && stale.Count > 0 && snapshot.Manifest is not null)
        {
            await store.DeleteAsync(options.ThumbnailBucket, manifest!.Key, cancellationToken); // it lists thumbnails about to change
        }

        var written = await Task.WhenAll(stale.Select(output =>
            PutAsync(output, result.Thumbnails.Single(t => t.Preset == output.Preset), read, cancellationToken)));
        metrics.Puts += written.Length;
        metrics.BytesOut = written.Sum(w => w.Bytes);
        clock.Lap(Stages.Upload);
        if (manifestDue)
        {
            var listing = ManifestWriter.Listing(plan, heads, written);
            var document = new ManifestDocument(source, read, body.Length, result.Source, result.Placeholder, listing, metrics.StageMilliseconds.Values.Sum());
            await _manifests.PutAsync(manifest!, document, cancellationToken);
            metrics.Puts++;
        }

        return new ThumbnailOutcome.Created(written) { Version = read, Manifest = manifestDue ? manifest!.Key : null };
    }

    private ThumbnailOutcome.Rejected? Refuse(ObjectDownload download) => download.ContentLength switch
    {
        var length when length > options.MaxSourceBytes => new ThumbnailOutcome.Rejected(
            RejectionReason.TooManyBytes,
            $"The object is {length} bytes; the limit ({ConfigurationVariables.MaxBytes}) is {options.MaxSourceBytes}."),
        0 => new ThumbnailOutcome.Rejected(RejectionReason.Empty, "The object has no bytes."),
        _ => null,
    };

    private async Task<WrittenOutput> PutAsync(PlannedOutput output, RenderedThumbnail thumbnail, SourceVersion version, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ThumbnailMetadata.SourceETag] = version.ETag,
            [ThumbnailMetadata.Fingerprint] = output.Fingerprint,
            [ThumbnailMetadata.Width] = thumbnail.Width.ToString(CultureInfo.InvariantCulture),
            [ThumbnailMetadata.Height] = thumbnail.Height.ToString(CultureInfo.InvariantCulture),
        };
        if (version.VersionId is { } versionId)
        {
            metadata[ThumbnailMetadata.SourceVersionId] = versionId;
        }

        var upload = new ObjectUpload(options.ThumbnailBucket, output.Key, thumbnail.Bytes, thumbnail.ContentType, options.CacheControl, metadata);
        await store.PutAsync(upload, cancellationToken);
        return new WrittenOutput(output.Preset.Name, output.Key, thumbnail.Width, thumbnail.Height, thumbnail.ContentType, thumbnail.Bytes.Length);
    }
}
