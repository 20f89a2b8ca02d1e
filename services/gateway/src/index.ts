export { createGatewayApp, type GatewayOptions } from './app';
