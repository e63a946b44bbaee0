using Amazon.Runtime;
using ThumbnailService.Operations.Backfill;
using ThumbnailService.Operations.Commands.Backfill;

namespace ThumbnailService.Operations.Commands;

/// <summary>
/// <c>thumbs manifest</c>: a dry-run backfill whose missing and stale sources are written as an S3 Batch Operations CSV
/// manifest, so the deployed function can process millions of objects itself (docs/backfill.md).
/// </summary>
public sealed class ManifestCommand(Func<string, string?> getVariable, TimeProvider time, AWSCredentials? loopbackCredentials) : ICommand
{
    public string Name => "manifest";

    public string Usage => ManifestArguments.Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var parsed = ManifestArguments.Parse(arguments);
        var thumbnails = BackfillSetup.ThumbnailOptions(parsed.Buckets.ThumbnailBucket, getVariable);
        var options = new BackfillOptions { SourceBucket = parsed.Buckets.SourceBucket, Prefix = parsed.Buckets.Prefix, DryRun = true };
        var report = await BackfillSetup.RunAsync(parsed.Buckets, options, thumbnails, console, Name, time, loopbackCredentials, cancellationToken);
        if (report is null)
        {
            return 1;
        }

        BackfillSummaryTable.Write(console.Out, report);
        await BackfillSetup.WriteFailuresAsync(console.Error, Name, report);
        if (!report.Completed)
        {
            await console.Error.WriteLineAsync("thumbs manifest: stopped before every source was checked; no manifest written.");
            return CommandDispatcher.CancelledExitCode;
        }

        var lines = await BatchManifest.WriteAsync(parsed.OutPath, options.SourceBucket, report.Tally.NeedsWork, cancellationToken);
        await console.Error.WriteLineAsync($"thumbs manifest: wrote {lines} line(s) (bucket,key) to {parsed.OutPath}; see docs/backfill.md to run it with S3 Batch Operations.");
        return report.Tally.Failures.Count > 0 ? 1 : 0;
    }
}
