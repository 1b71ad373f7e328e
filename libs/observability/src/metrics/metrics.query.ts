import { Query } from '@nestjs/cqrs';

/** The app's metrics in Prometheus' text exposition format. */
export class MetricsQuery extends Query<string> {}
