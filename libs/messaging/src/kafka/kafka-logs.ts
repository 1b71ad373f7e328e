import { Logger } from '@nestjs/common';
import { type logCreator, logLevel } from 'kafkajs';

/** kafkajs's own log lines through the app's logger, so they share its format and level. */
export const kafkaLogs: logCreator = () => {
  const logger = new Logger('kafkajs');
  return ({ level, log: { message, ...extra } }) => {
    const line = `${message} ${JSON.stringify(extra)}`;
    if (level === logLevel.ERROR) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
    else logger.debug(line);
  };
};
